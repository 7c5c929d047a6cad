namespace HuijinCardHub.Bench;

internal static class RepositoryFolder
{
    public static string Root { get; } = FindRoot();

    public static string WebHostDll =>
        Path.Combine(Root, "src", "Web", "HuijinCardHub.Web", "bin", "Release", "net10.0", "HuijinCardHub.Web.dll");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "HuijinCardHub.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        return Environment.CurrentDirectory;
    }
}

namespace HuijinCardHub.E2E.Harness;

/// <summary>Finds the repository from the test's own bin folder, so the tests run from any working directory.</summary>
internal static class SolutionFolder
{
    public static string Root { get; } = FindRoot();

    /// <summary>The host as test.sh builds it: Release, never a debug build left lying around.</summary>
    public static string WebHostDll => Path.Combine(Root, "src", "Web", "HuijinCardHub.Web", "bin", "Release", "net10.0", "HuijinCardHub.Web.dll");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HuijinCardHub.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No HuijinCardHub.sln above {AppContext.BaseDirectory}.");
    }
}

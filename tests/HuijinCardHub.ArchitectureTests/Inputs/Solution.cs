namespace HuijinCardHub.ArchitectureTests.Inputs;

/// <summary>The two trees the rules run on: the real solution and the deliberately broken fixture.</summary>
internal static class Solution
{
    public static SourceTree Real { get; } = new(FindRoot());

    public static SourceTree BrokenFixture { get; } =
        new(Path.Combine(Real.Root, "tests", "HuijinCardHub.ArchitectureTests", "BrokenFixture"));

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

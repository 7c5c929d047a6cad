namespace HuijinCardHub.ArchitectureTests.Inputs;

/// <summary>
/// A folder laid out like the solution (src/Core, src/Modules, src/Themes): the real tree
/// or the broken fixture. The rules only ever see this, so both are checked the same way.
/// </summary>
internal sealed class SourceTree(string root)
{
    public const string AbstractionsName = "HuijinCardHub.Abstractions";
    public const string DataName = "HuijinCardHub.Data";

    public string Root { get; } = Path.GetFullPath(root);

    public string AbstractionsFolder => Path.Combine(Root, "src", "Core", AbstractionsName);

    public string DataFolder => Path.Combine(Root, "src", "Core", DataName);

    /// <summary>Every module and theme folder, whether or not its project file is there.</summary>
    public IEnumerable<ModuleFolder> Modules() =>
        Kinds().SelectMany(kind => SubFolders(Path.Combine(Root, "src", kind.Folder))
            .Select(folder => new ModuleFolder(folder, kind.IsTheme)));

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static IEnumerable<(string Folder, bool IsTheme)> Kinds() => [("Modules", false), ("Themes", true)];

    private static IEnumerable<string> SubFolders(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal) : [];
}

namespace HuijinCardHub.ArchitectureTests.Inputs;

/// <summary>One folder under src/Modules or src/Themes.</summary>
internal sealed record ModuleFolder(string Path, bool IsTheme)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public ProjectFile? Project => ProjectFile.FindIn(Path);

    /// <summary>C# sources of the module, without build output.</summary>
    public IEnumerable<string> SourceFiles(string? subFolder = null)
    {
        var folder = subFolder is null ? Path : System.IO.Path.Combine(Path, subFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .Order(StringComparer.Ordinal);
    }

    private bool IsBuildOutput(string file)
    {
        var relative = System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }
}

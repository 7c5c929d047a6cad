using System.Reflection;

namespace HuijinCardHub.ArchitectureTests.Inputs;

/// <summary>
/// Finds the built dll of every module and theme of a tree: bin/&lt;Configuration&gt;/net10.0, the configuration
/// this test was built in first (the test project builds them as non-referenced dependencies), else the newest.
/// </summary>
internal static class ModuleAssemblies
{
    private static readonly string OwnConfiguration = typeof(ModuleAssemblies).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "Configuration")?.Value ?? "Release";

    /// <summary>Modules with a project but no dll are listed as missing, so an unbuilt module cannot pass silently.</summary>
    public static (IReadOnlyList<AssemblyFacts> Found, IReadOnlyList<string> Missing) Of(SourceTree tree)
    {
        var found = new List<AssemblyFacts>();
        var missing = new List<string>();
        foreach (var module in tree.Modules())
        {
            var project = module.Project;
            if (project is null || !project.Path.EndsWith(".csproj", StringComparison.Ordinal))
            {
                continue;
            }

            var dll = Locate(module.Path, project.Name);
            if (dll is null)
            {
                missing.Add(tree.Relative(project.Path));
            }
            else
            {
                found.Add(AssemblyFacts.Read(dll));
            }
        }

        return (found, missing);
    }

    /// <summary>The kernel, its core libraries and the host (every project of src/Core but Abstractions, and src/Web).</summary>
    public static (IReadOnlyList<AssemblyFacts> Found, IReadOnlyList<string> Missing) CoreOf(SourceTree tree)
    {
        var folders = new[] { "Core", "Web" }
            .Select(kind => Path.Combine(tree.Root, "src", kind))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Where(folder => Path.GetFileName(folder) != SourceTree.AbstractionsName)
            .Order(StringComparer.Ordinal);
        var found = new List<AssemblyFacts>();
        var missing = new List<string>();
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(folder);
            if (Locate(folder, name) is { } dll)
            {
                found.Add(AssemblyFacts.Read(dll));
            }
            else
            {
                missing.Add(tree.Relative(folder));
            }
        }

        return (found, missing);
    }

    private static string? Locate(string moduleFolder, string assemblyName)
    {
        string DllIn(string configuration) => Path.Combine(moduleFolder, "bin", configuration, "net10.0", assemblyName + ".dll");
        return File.Exists(DllIn(OwnConfiguration))
            ? DllIn(OwnConfiguration)
            : new[] { "Release", "Debug" }.Select(DllIn).Where(File.Exists).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
    }
}

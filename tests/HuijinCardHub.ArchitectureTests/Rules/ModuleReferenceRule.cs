using HuijinCardHub.ArchitectureTests.Inputs;

namespace HuijinCardHub.ArchitectureTests.Rules;

/// <summary>
/// A module talks to others only through Abstractions: its project references Abstractions and Data,
/// never another module, a theme, the Kernel or the host. Checked on project files and on built dlls.
/// </summary>
internal static class ModuleReferenceRule
{
    public const string Name = "module-references";

    private static readonly string[] AllowedAssemblies = [SourceTree.AbstractionsName, SourceTree.DataName];

    public static IReadOnlyList<Violation> CheckProjects(SourceTree tree)
    {
        string[] allowed =
        [
            Path.Combine(tree.AbstractionsFolder, SourceTree.AbstractionsName + ".csproj"),
            Path.Combine(tree.DataFolder, SourceTree.DataName + ".csproj"),
        ];
        return tree.Modules()
            .Select(module => module.Project)
            .OfType<ProjectFile>()
            .SelectMany(project => project.ProjectReferences
                .Where(reference => !allowed.Contains(reference, StringComparer.Ordinal))
                .Select(reference => new Violation(Name, tree.Relative(project.Path),
                    $"references {tree.Relative(reference)}; a module may reference only Abstractions and Data")))
            .ToList();
    }

    public static IReadOnlyList<Violation> CheckAssemblies(IEnumerable<AssemblyFacts> modules) =>
        modules.SelectMany(module => module.References
                .Where(reference => reference.StartsWith("HuijinCardHub.", StringComparison.Ordinal))
                .Where(reference => !AllowedAssemblies.Contains(reference, StringComparer.Ordinal))
                .Select(reference => new Violation(Name, module.Name,
                    $"compiled against {reference}; a module may reference only Abstractions and Data")))
            .ToList();
}

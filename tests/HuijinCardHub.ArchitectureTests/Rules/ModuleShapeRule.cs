using HuijinCardHub.ArchitectureTests.Inputs;

namespace HuijinCardHub.ArchitectureTests.Rules;

/// <summary>
/// Every module reads the same way: Manifest.cs declares it, Startup.cs wires it, README.md explains it.
/// A theme may have nothing to wire, so it needs only the manifest and the README.
/// </summary>
internal static class ModuleShapeRule
{
    public const string Name = "module-shape";

    public static IReadOnlyList<Violation> Check(SourceTree tree) =>
        tree.Modules()
            .SelectMany(module => RequiredFiles(module)
                .Where(file => !File.Exists(Path.Combine(module.Path, file)))
                .Select(file => new Violation(Name, tree.Relative(module.Path), $"has no {file}")))
            .ToList();

    private static string[] RequiredFiles(ModuleFolder module) =>
        module.IsTheme ? ["Manifest.cs", "README.md"] : ["Manifest.cs", "Startup.cs", "README.md"];
}

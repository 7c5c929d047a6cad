using System.Text.RegularExpressions;
using HuijinCardHub.ArchitectureTests.Inputs;

namespace HuijinCardHub.ArchitectureTests.Rules;

/// <summary>
/// Abstractions is what every module compiles against, so it must not drag EF Core or MVC internals
/// into them: no such package, no project below it, no such namespace in its sources or its dll.
/// </summary>
internal static partial class AbstractionsPurityRule
{
    public const string Name = "abstractions-purity";

    private static readonly string[] ForbiddenPrefixes = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Mvc"];

    public static IReadOnlyList<Violation> CheckProject(SourceTree tree)
    {
        var violations = new List<Violation>();
        var project = ProjectFile.FindIn(tree.AbstractionsFolder)
            ?? throw new InvalidOperationException($"No Abstractions project in {tree.AbstractionsFolder}.");
        var where = tree.Relative(project.Path);
        violations.AddRange(project.PackageReferences.Where(IsForbidden)
            .Select(package => new Violation(Name, where, $"package {package}")));
        violations.AddRange(project.ProjectReferences
            .Select(reference => new Violation(Name, where, $"references {tree.Relative(reference)}; Abstractions is the bottom layer")));

        var sources = Directory.EnumerateFiles(tree.AbstractionsFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !tree.Relative(file).Contains("/bin/", StringComparison.Ordinal)
                && !tree.Relative(file).Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in sources)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match match in ForbiddenNamespace().Matches(code))
                {
                    violations.Add(new Violation(Name, $"{tree.Relative(file)}:{i + 1}", $"uses {match.Value}"));
                }
            }
        }

        return violations;
    }

    public static IReadOnlyList<Violation> CheckAssembly(AssemblyFacts abstractions) =>
        abstractions.References.Where(IsForbidden)
            .Select(reference => new Violation(Name, abstractions.Name, $"compiled against {reference}"))
            .ToList();

    private static bool IsForbidden(string name) =>
        ForbiddenPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));

    [GeneratedRegex(@"\bMicrosoft\.(EntityFrameworkCore|AspNetCore\.Mvc)\b[\w.]*")]
    private static partial Regex ForbiddenNamespace();
}

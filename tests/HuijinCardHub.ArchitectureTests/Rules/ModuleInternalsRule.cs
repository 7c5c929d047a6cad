using System.Text.RegularExpressions;
using HuijinCardHub.ArchitectureTests.Inputs;

namespace HuijinCardHub.ArchitectureTests.Rules;

/// <summary>
/// A module's services, domain and data are its own business: whatever another module may use is a
/// contract in Abstractions. Public types are fine elsewhere (Razor views are generated
/// public, so their models are too), but not in the Services, Domain or Data folders and namespaces.
/// </summary>
internal static partial class ModuleInternalsRule
{
    public const string Name = "module-internals";

    private static readonly string[] PrivateFolders = ["Services", "Domain", "Data"];

    /// <summary>Top-level declarations only: with file-scoped namespaces they start at column 0.</summary>
    public static IReadOnlyList<Violation> CheckSources(SourceTree tree) =>
        tree.Modules()
            .SelectMany(module => PrivateFolders.SelectMany(module.SourceFiles))
            .SelectMany(file => File.ReadLines(file)
                .Select((line, index) => (Match: PublicTypeDeclaration().Match(line), Line: index + 1))
                .Where(found => found.Match.Success)
                .Select(found => new Violation(Name, $"{tree.Relative(file)}:{found.Line}",
                    $"public {found.Match.Groups["kind"].Value} {found.Match.Groups["name"].Value}; make it internal")))
            .ToList();

    public static IReadOnlyList<Violation> CheckAssemblies(IEnumerable<AssemblyFacts> modules) =>
        modules.SelectMany(module => module.PublicTypes
                .Where(type => InPrivateNamespace(module.Name, type))
                .Select(type => new Violation(Name, module.Name, $"public type {type}; make it internal")))
            .ToList();

    private static bool InPrivateNamespace(string assemblyName, string typeName)
    {
        var ns = typeName.Contains('.', StringComparison.Ordinal) ? typeName[..typeName.LastIndexOf('.')] : "";
        var inside = ns.StartsWith(assemblyName + ".", StringComparison.Ordinal) ? ns[(assemblyName.Length + 1)..] : ns;
        return inside.Split('.').Any(segment => PrivateFolders.Contains(segment, StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|partial|readonly|unsafe|ref)\s+)*(?<kind>class|record|struct|interface|enum)\s+(?<name>\w+)")]
    private static partial Regex PublicTypeDeclaration();
}

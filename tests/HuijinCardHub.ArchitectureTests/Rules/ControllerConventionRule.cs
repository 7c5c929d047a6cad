using System.Text.RegularExpressions;
using HuijinCardHub.ArchitectureTests.Inputs;

namespace HuijinCardHub.ArchitectureTests.Rules;

/// <summary>
/// Controllers (the admin's above all) are internal sealed and name what they use in their constructor; the kernel's
/// controller feature provider accepts internal controllers, so nothing needs the request's service provider:
/// no RequestServices, no GetService, no Service&lt;T&gt;() helper. A reader sees a page's dependencies at the top.
/// </summary>
internal static partial class ControllerConventionRule
{
    public const string Name = "controller-convention";

    public static IReadOnlyList<Violation> Check(SourceTree tree) =>
    [
        .. SourceLines.Matches(tree, "Controllers", Name, ControllerDeclaration(),
                match => $"{match.Groups["modifiers"].Value.Trim()} class {match.Groups["name"].Value}; make it internal sealed")
            .Where(v => !v.What.StartsWith("internal sealed ", StringComparison.Ordinal) && !v.What.StartsWith("sealed internal ", StringComparison.Ordinal)),
        .. SourceLines.Matches(tree, "Controllers", Name, ServiceLocator(),
            match => $"service locator {match.Value.Trim()}; take the service as a constructor parameter"),
    ];

    [GeneratedRegex(@"^(?<modifiers>(?:(?:public|internal|sealed|abstract|partial|static)\s+)*)class\s+(?<name>\w+Controller)\b")]
    private static partial Regex ControllerDeclaration();

    [GeneratedRegex(@"\bRequestServices\b|\bGet(Required)?Service\s*[<(]|\bService<\w[\w.<>]*>\(\)|\bIServiceProvider\b")]
    private static partial Regex ServiceLocator();
}

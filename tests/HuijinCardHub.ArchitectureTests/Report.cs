using HuijinCardHub.ArchitectureTests.Inputs;

namespace HuijinCardHub.ArchitectureTests;

/// <summary>Turns violations into the failure message: one line per fault, so the fix is obvious.</summary>
internal static class Report
{
    public static string Of(IReadOnlyList<Violation> violations) =>
        $"{violations.Count} violation(s):{Environment.NewLine}" + string.Join(Environment.NewLine, violations);
}

using System.Text.RegularExpressions;
using HuijinCardHub.ArchitectureTests.Inputs;

namespace HuijinCardHub.ArchitectureTests.Rules;

/// <summary>
/// A module's Domain is the shop's own words (an order, a code, a ticket) and its rules: no EF Core (mapping lives in
/// Data) and no ASP.NET (requests live in controllers and endpoints), so it reads, and tests, without either.
/// </summary>
internal static partial class DomainPurityRule
{
    public const string Name = "domain-purity";

    public static IReadOnlyList<Violation> Check(SourceTree tree) =>
        SourceLines.Matches(tree, "Domain", Name, Forbidden(),
            match => $"uses {match.Value}; keep EF Core in Data and ASP.NET in controllers or endpoints").ToList();

    [GeneratedRegex(@"\bMicrosoft\.(EntityFrameworkCore|AspNetCore)\b[\w.]*")]
    private static partial Regex Forbidden();
}

using System.Text.RegularExpressions;
using HuijinCardHub.ArchitectureTests.Inputs;

namespace HuijinCardHub.ArchitectureTests.Rules;

/// <summary>
/// Services do the shop's work for a page, an endpoint, a job or a recipe alike, so they take what they need as
/// arguments (the user id, the address) and never the request: no HttpContext, no IHttpContextAccessor. Code that
/// must read the request (cookies, the signed-in user, TempData) lives at the web edge: Controllers, Storefront,
/// an admin Desk or a Pipeline folder.
/// </summary>
internal static partial class ServicesWithoutHttpRule
{
    public const string Name = "services-without-http";

    public static IReadOnlyList<Violation> Check(SourceTree tree) =>
        SourceLines.Matches(tree, "Services", Name, HttpRequest(),
            match => $"uses {match.Value}; pass what the service needs from the request as arguments").ToList();

    [GeneratedRegex(@"\bI?HttpContext(Accessor)?\b")]
    private static partial Regex HttpRequest();
}

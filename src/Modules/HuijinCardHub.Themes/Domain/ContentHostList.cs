using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace HuijinCardHub.Themes.Domain;

/// <summary>
/// A list of host names for the CSP, one per line (commas and spaces also separate): a host name only (it is
/// allowed as https://host), or "*." below a registered domain. No scheme, path, port, quote or semicolon, which
/// could widen or break the policy; no "*" or "*.com".
/// </summary>
internal static partial class ContentHostList
{
    public static IReadOnlyList<string> Split(string? hosts) =>
        (hosts ?? "").Split(['\n', '\r', ',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => h.ToLowerInvariant()).Distinct().ToList();

    public static bool IsValid(string host) => Host().IsMatch(host) && host.Length <= 253;

    /// <summary>Labels of letters, digits and hyphens; at least two below a wildcard, at least two in all.</summary>
    [GeneratedRegex(@"^(\*\.(?=[a-z0-9-]+\.[a-z0-9-]+))?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex Host();
}

/// <summary>Every entry of the list is a host name <see cref="ContentHostList.IsValid"/> accepts.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ContentHostListAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => ContentHostList.Split(value as string).All(ContentHostList.IsValid);
}

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// Themes and modules write root-relative links ("/pages/about"). A tenant served under a path prefix
/// ("/shop2") needs them under its prefix, or every link would lead to the Default tenant. Shared static
/// assets (/_content/...) are served by the host for every tenant and stay as they are.
/// </summary>
internal static partial class TenantLinks
{
    [GeneratedRegex("""(?<attr>\b(?:href|src|action))="/(?!/|_content/)""")]
    private static partial Regex RootRelative();

    public static string UnderPathBase(string html, PathString pathBase) =>
        pathBase.HasValue ? RootRelative().Replace(html, m => $"{m.Groups["attr"].Value}=\"{pathBase.Value}/") : html;
}

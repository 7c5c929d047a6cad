using HuijinCardHub.Text;

namespace HuijinCardHub.Content.Services;

/// <summary>
/// Links and picture addresses a merchant types: a path on this shop ("/goods/x") or an http(s) address.
/// Anything else (javascript:, data:, "//host") is refused, because the storefront prints them into href and src.
/// </summary>
internal static class LinkRules
{
    public const int MaxLength = 500;

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength || url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        if (url[0] == '/')
        {
            // "//host" and "/\host" are read by browsers as another site.
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host);
    }

    public static Bilingual Problem(string what, string whatEnglish, string url) => new(
        $"{what}「{Shorten(url)}」无效：请填写以 / 开头的站内地址或 http(s):// 网址，最多 {MaxLength} 个字符",
        $"{whatEnglish} \"{Shorten(url)}\" is invalid: use a path starting with / or an http(s):// address, at most {MaxLength} characters");

    private static string Shorten(string url) => url.Length > 60 ? url[..60] + "…" : url;
}

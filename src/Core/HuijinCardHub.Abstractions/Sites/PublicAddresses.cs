using System.Diagnostics.CodeAnalysis;
using HuijinCardHub.Text;

namespace HuijinCardHub.Sites;

/// <summary>
/// A site's public address: scheme, host, optional port and optional path base, nothing else
/// ("https://shop.example.com", "http://127.0.0.1:5080/shop2"). Links in mails and webhooks are built from it,
/// never from the request, so a forged Host header cannot send a reset link elsewhere.
/// </summary>
public static class PublicAddresses
{
    public const int MaxLength = 200;

    public static readonly Bilingual Invalid = new(
        "公开地址须是 http:// 或 https:// 开头的网址，只含主机名、可选端口和路径（如 https://shop.example.com），不含账号、查询参数或 #",
        "The public address must be an http:// or https:// address with a host, an optional port and path (such as https://shop.example.com), and no user name, query or #");

    /// <summary>The address in one spelling (lower-case scheme and host, no default port, no trailing slash), or false.</summary>
    public static bool TryNormalize(string? text, [NotNullWhen(true)] out string? address)
    {
        address = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxLength
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || trimmed.Contains('?', StringComparison.Ordinal) || trimmed.Contains('#', StringComparison.Ordinal)
            || uri.HostNameType is UriHostNameType.Unknown or UriHostNameType.Basic)
        {
            return false;
        }

        var host = HostNames.Normalize(uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port);
        address = $"{uri.Scheme}://{host}{uri.AbsolutePath.TrimEnd('/')}";
        return host.Length > 0;
    }

    /// <summary>The host (with a port when not the default) of a normalised address: "https://a.example:8443/x" → "a.example:8443".</summary>
    public static string HostOf(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var start = address.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = address.IndexOf('/', start);
        return end < 0 ? address[start..] : address[start..end];
    }

    /// <summary>An absolute URL for a path of the site ("/account/reset-password?...").</summary>
    public static string Combine(string address, string path) =>
        address.TrimEnd('/') + "/" + (path ?? "").TrimStart('/');
}

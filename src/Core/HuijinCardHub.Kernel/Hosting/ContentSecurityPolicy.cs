namespace HuijinCardHub.Kernel.Hosting;

/// <summary>
/// The storefront's and admin's CSP: the shop's own origin only (no "https:" wildcard: a merchant's template could
/// otherwise send anything it can read to any site in an image URL), plus the hosts the owner listed for a CDN.
/// data: stays for images and fonts (the admin theme's CSS draws icons with data: SVG; a data: URL cannot carry
/// anything away). Inline style attributes stay allowed: a style can only load from the hosts above, and some
/// admin pages and merchant content use them; inline script never is.
/// </summary>
internal static class ContentSecurityPolicy
{
    public static readonly string Default = Build([]);

    public static string Build(IReadOnlyList<string> hosts)
    {
        var extra = string.Concat(hosts.Select(h => " https://" + h));
        return $"default-src 'self'{extra}; script-src 'self'{extra}; style-src 'self' 'unsafe-inline'{extra}; " +
            $"img-src 'self' data:{extra}; font-src 'self' data:{extra}; connect-src 'self'; media-src 'self'{extra}; " +
            "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";
    }
}

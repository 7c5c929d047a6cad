namespace HuijinCardHub.Themes;

/// <summary>
/// Hosts outside the shop that the owner lets pages load images, styles, scripts and fonts from (a CDN). The
/// kernel adds them to the Content-Security-Policy, which otherwise allows the shop's own origin only.
/// Implemented by the Themes module from an owner-only settings section; every host is already checked
/// (https host names, no wildcard on a bare top-level domain, no path).
/// </summary>
public interface IContentHosts
{
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default);
}

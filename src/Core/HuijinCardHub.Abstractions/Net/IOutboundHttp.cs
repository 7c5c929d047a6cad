using HuijinCardHub.Text;

namespace HuijinCardHub.Net;
/// <summary>
/// The one way out of the shop to another server: payments, suppliers, webhooks and alerts all use it, never an
/// HttpClient of their own. Every connection is checked when it is made (after name resolution, so a name that
/// later resolves elsewhere cannot slip through): loopback, private, link-local, metadata, multicast and other
/// reserved addresses are refused unless the owner lists the host in the "OutboundHttp" settings (allowed hosts).
/// Redirects are not followed and no system proxy is used.
/// </summary>
public interface IOutboundHttp
{
    /// <summary>A client over the host's one shared connection pool; cheap to create, dispose it when done.</summary>
    HttpClient CreateClient();

    /// <summary>
    /// Checks an address an owner is about to save, after name resolution: null when it may be used, otherwise why
    /// not, in both languages. A name that does not resolve now is not refused here; the connection check decides.
    /// </summary>
    Task<Bilingual?> CheckAsync(string url, CancellationToken cancellationToken = default);
}

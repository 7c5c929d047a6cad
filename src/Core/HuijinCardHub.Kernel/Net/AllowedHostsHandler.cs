using System.Net;

namespace HuijinCardHub.Kernel.Net;

/// <summary>
/// Puts the calling tenant's allowed hosts on the request for the connect callback. A connection to an allowed
/// host is closed after its one request, so another tenant, whose list may not name it, never reuses it.
/// </summary>
internal sealed class AllowedHostsHandler(Func<CancellationToken, Task<IReadOnlySet<string>>> allowedHosts) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hosts = await allowedHosts(cancellationToken);
        request.Options.Set(OutboundConnector.AllowedHostsKey, hosts);
        // HTTP/3 runs over QUIC, which does not pass through the connect callback: never ask for it or upgrade to it.
        if (request.Version.Major >= 3 || request.VersionPolicy == HttpVersionPolicy.RequestVersionOrHigher)
        {
            request.Version = request.Version.Major >= 3 ? HttpVersion.Version20 : request.Version;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
        }

        if (request.RequestUri is { } uri && hosts.Contains(OutboundConnector.AllowKey(uri.IdnHost)))
        {
            request.Version = HttpVersion.Version11;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
            request.Headers.ConnectionClose = true;
        }

        return await base.SendAsync(request, cancellationToken);
    }
}

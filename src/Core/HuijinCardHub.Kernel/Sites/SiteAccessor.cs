using HuijinCardHub.Sites;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Kernel.Sites;

/// <summary>Resolves the request's site by host name, once per request; the default site otherwise.</summary>
internal sealed class SiteAccessor(ISiteStore store, IHttpContextAccessor http) : ISiteAccessor
{
    private Site? _current;

    public async Task<Site> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_current is not null)
        {
            return _current;
        }

        var sites = await store.ListAsync(cancellationToken);
        var host = http.HttpContext?.Request.Host.Host;
        _current = sites.FirstOrDefault(s => host is not null && s.HostNames.Contains(host, StringComparer.OrdinalIgnoreCase))
            ?? sites.First(s => s.IsDefault);
        return _current;
    }
}

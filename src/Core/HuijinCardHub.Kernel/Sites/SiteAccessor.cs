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
        _current = SiteHosts.Find(sites, http.HttpContext?.Request.Host.Value) ?? sites.First(s => s.IsDefault);
        return _current;
    }
}

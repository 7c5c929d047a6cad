using HuijinCardHub.Sites;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Sites;

/// <summary>
/// Once a site of this shop lists host names, a request for a host name no site knows gets 404 rather than the
/// default site: a shop reached under any name would answer for names its owner never chose. A shop with no host
/// names keeps answering on any address (its links still use the configured public address).
/// </summary>
internal sealed class SiteHostGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // An uninitialized shell has no sites yet: the setup page answers on any address.
        if (context.RequestServices.GetService<ISiteStore>() is { } store)
        {
            var sites = await store.ListAsync(context.RequestAborted);
            if (SiteHosts.AnyListed(sites) && SiteHosts.Find(sites, context.Request.Host.Value) is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }

        await next(context);
    }
}

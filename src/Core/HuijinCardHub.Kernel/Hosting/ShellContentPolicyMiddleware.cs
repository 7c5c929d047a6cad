using HuijinCardHub.Security;
using HuijinCardHub.Themes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Hosting;

/// <summary>
/// First in a shell's pipeline: the CSP with this shop's listed content hosts. Set before the response starts, so
/// the host's <see cref="SecurityHeadersMiddleware"/> (which adds the default for everything else) leaves it be.
/// </summary>
internal sealed class ShellContentPolicyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.RequestServices.GetService<IContentHosts>() is { } source)
        {
            var hosts = await source.ListAsync(context.RequestAborted);
            if (hosts.Count > 0)
            {
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.Build(hosts);
            }
        }

        await next(context);
    }
}

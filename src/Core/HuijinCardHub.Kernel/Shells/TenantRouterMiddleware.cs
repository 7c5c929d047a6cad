using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Shells;

/// <summary>
/// The host's one piece of routing: picks the tenant by host name or path prefix, scopes
/// RequestServices to that shell and hands the request to the shell's own pipeline.
/// </summary>
internal sealed class TenantRouterMiddleware(RequestDelegate next, ShellHost shells)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var settings = Match(context);
        if (settings is null || settings.State == TenantState.Disabled)
        {
            await next(context);
            return;
        }

        if (!string.IsNullOrEmpty(settings.RequestUrlPrefix))
        {
            var prefix = "/" + settings.RequestUrlPrefix.Trim('/');
            context.Request.Path.StartsWithSegments(prefix, out var rest);
            context.Request.PathBase = context.Request.PathBase.Add(prefix);
            context.Request.Path = rest;
        }

        var shell = await shells.GetAsync(settings.Name, context.RequestAborted);
        while (!shell.TryEnter())
        {
            // Swapped between lookup and entry: take the new one.
            shell = await shells.GetAsync(settings.Name, context.RequestAborted);
        }

        var hostServices = context.RequestServices;
        try
        {
            await using var scope = shell.Services.CreateAsyncScope();
            context.RequestServices = scope.ServiceProvider;
            await shell.Pipeline(context);
        }
        finally
        {
            context.RequestServices = hostServices;
            await shell.ExitAsync();
        }
    }

    private ShellSettings? Match(HttpContext context)
    {
        var host = context.Request.Host.Value;
        var path = context.Request.Path;
        ShellSettings? fallback = null;
        foreach (var tenant in shells.Tenants)
        {
            var hostMatches = !tenant.HostNames.Any() || HuijinCardHub.Sites.HostNames.Matches(tenant.HostNames, host);
            var prefix = tenant.RequestUrlPrefix?.Trim('/');
            var prefixMatches = string.IsNullOrEmpty(prefix) || path.StartsWithSegments("/" + prefix);
            if (!hostMatches || !prefixMatches)
            {
                continue;
            }

            if (tenant.HostNames.Any() || !string.IsNullOrEmpty(prefix))
            {
                return tenant;
            }

            fallback ??= tenant;
        }

        return fallback;
    }
}

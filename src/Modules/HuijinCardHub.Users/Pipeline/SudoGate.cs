using HuijinCardHub.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Users.Pipeline;

/// <summary>
/// Enforces <see cref="RequireSudoAttribute"/> on any endpoint, MVC or minimal API, right after its permission check
/// and before model binding or the action: without a recent confirmation the request goes to the confirm page and
/// nothing runs. A form post is not replayed; the confirm page leads back to the page the form was on.
/// </summary>
internal sealed class SudoGate : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Succeeded
            && context.GetEndpoint()?.Metadata.GetMetadata<RequireSudoAttribute>() is not null
            && !await context.RequestServices.GetRequiredService<ISudoMode>().IsActiveAsync(context.User, context.RequestAborted))
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Redirect(SudoConfirmation.UrlFor(context.Request));
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Security;

public static class StorefrontAntiforgeryExtensions
{
    /// <summary>
    /// A storefront form posts here: the kernel's <see cref="IStorefrontAntiforgeryFilter"/> checks the token
    /// (form field <c>__RequestVerificationToken</c>, from <c>IAntiforgery.GetAndStoreTokens</c>) and refuses a forged
    /// post with a bilingual 400 page, so the endpoint reads a form it can trust. ASP.NET's own form-binding check is
    /// switched off for the endpoint, as this one replaces it.
    /// </summary>
    public static TBuilder RequireStorefrontAntiforgery<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.DisableAntiforgery();
        return builder.AddEndpointFilter(static (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<IStorefrontAntiforgeryFilter>().InvokeAsync(context, next));
    }
}

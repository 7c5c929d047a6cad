using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace HuijinCardHub.Localization;

/// <summary>What GET /culture does: remember the chosen language in a cookie and go back where the person was.</summary>
public static class CultureSwitch
{
    public const string Path = "/culture";

    /// <summary>The culture to remember (the default for an unknown one) and the local address to go back to.</summary>
    public static (string Culture, string Redirect) Resolve(string? culture, string? returnUrl) =>
        (ShopCultures.Match(culture) ?? ShopCultures.Default, LocalUrl.OrRoot(returnUrl));

    public static IResult Handle(HttpContext context, string? c, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (culture, redirect) = Resolve(c, returnUrl);
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = false,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/",
            });
        return Results.LocalRedirect(context.Request.PathBase + redirect);
    }
}

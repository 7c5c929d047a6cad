using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace HuijinCardHub.Localization;

public static class LocalizationExtensions
{
    /// <summary>
    /// IStringLocalizer&lt;T&gt; reads the embedded i18n/en-US.json of T's assembly; keys are the Chinese text.
    /// In Razor views: <c>@inject IStringLocalizer&lt;SomeTypeOfTheModule&gt; L</c> then <c>@L["中文"]</c>.
    /// </summary>
    public static IServiceCollection AddHuijinLocalization(this IServiceCollection services)
    {
        services.RemoveAll<IStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.TryAddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        return services;
    }

    /// <summary>zh-CN by default, en-US on request: ?culture=, then the culture cookie, then Accept-Language.</summary>
    public static IApplicationBuilder UseHuijinRequestLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization(CreateRequestLocalizationOptions());

    public static RequestLocalizationOptions CreateRequestLocalizationOptions()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(ShopCultures.Default),
            SupportedCultures = [.. ShopCultures.SupportedCultures],
            SupportedUICultures = [.. ShopCultures.SupportedCultures],
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }

    /// <summary>GET /culture?c=en-US&amp;returnUrl=/x: sets the culture cookie for a year and goes back to a local address only.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CultureSwitch.Path, (HttpContext context, string? c, string? returnUrl) => CultureSwitch.Handle(context, c, returnUrl))
            .AllowAnonymous()
            .WithName("HuijinCultureSwitch");
        return endpoints;
    }
}

using HuijinCardHub.Sites;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Themes.Admin.Layout;

/// <summary>What both layouts show around a page, read defensively: setup pages run before a site exists.</summary>
internal static class LayoutData
{
    public const string DefaultShopName = "汇锦卡盟";

    public static async Task<string> ShopNameAsync(HttpContext context)
    {
        var sites = context.RequestServices.GetService<ISiteAccessor>();
        if (sites is null)
        {
            return DefaultShopName;
        }

        try
        {
            var site = await sites.GetCurrentAsync(context.RequestAborted);
            return string.IsNullOrWhiteSpace(site.Name) ? DefaultShopName : site.Name;
        }
        catch (InvalidOperationException)
        {
            // No site row yet (a shell being set up).
            return DefaultShopName;
        }
    }

    /// <summary>Where the language links send the reader back to: this same page.</summary>
    public static string ReturnUrl(HttpContext context) =>
        context.Request.PathBase + context.Request.Path + context.Request.QueryString;

    public static string CultureUrl(HttpContext context, string culture) =>
        context.Request.PathBase + "/culture?c=" + Uri.EscapeDataString(culture) + "&returnUrl=" + Uri.EscapeDataString(ReturnUrl(context));

    public static bool IsEnglish => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string HtmlLang => IsEnglish ? "en" : "zh-CN";
}

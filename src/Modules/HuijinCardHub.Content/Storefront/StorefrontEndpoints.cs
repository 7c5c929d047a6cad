using HuijinCardHub.Content.Services;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HuijinCardHub.Content.Storefront;

/// <summary>The storefront home (mapped here until a catalogue home replaces it) and the content pages.</summary>
internal static class StorefrontEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", HomeAsync).AllowAnonymous().WithName("ContentHome");
        endpoints.MapGet("/pages/{slug}", PageAsync).AllowAnonymous().WithName("ContentPage");
    }

    private static async Task<IResult> HomeAsync(ISiteAccessor sites, PublishedPages published, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var site = await sites.GetCurrentAsync(cancellationToken);
        var pages = await published.ListAsync(cancellationToken);
        var model = new HomeViewModel(
            site.Name,
            SiteText(site, "welcome") ?? new Bilingual($"欢迎光临{site.Name}，付款后自动发货。", $"Welcome to {site.Name}. Codes are delivered the moment you pay.").ToString(),
            SiteText(site, "announcement"),
            pages.Select(p => new PageLinkModel(p.Slug, p.Title, PageUrls.Of(p.Slug))).ToList());
        return await renderer.RenderAsync("home", model, site.Name, cancellationToken);
    }

    private static async Task<IResult> PageAsync(string slug, PublishedPages pages, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var page = PageRules.IsValidSlug(slug) ? await pages.FindAsync(slug, cancellationToken) : null;
        if (page is null)
        {
            var html = await renderer.RenderToStringAsync("notfound", null, new Bilingual("页面不存在", "Page not found").ToString(), cancellationToken);
            return Results.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var model = new PageViewModel(page.Slug, page.Title, page.BodyHtml, PageUrls.Of(page.Slug), page.UpdatedUtc);
        return await renderer.RenderAsync("page", model, page.Title, cancellationToken);
    }

    private static string? SiteText(Site site, string key) =>
        site.Settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}

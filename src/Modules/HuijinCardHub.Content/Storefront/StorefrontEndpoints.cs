using HuijinCardHub.Catalog;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace HuijinCardHub.Content.Storefront;

/// <summary>The storefront home (mapped here until a catalogue home replaces it), the content pages and the announcements.</summary>
internal static class StorefrontEndpoints
{
    /// <summary>The home page lists a few; the rest are one click away at /announcements.</summary>
    public const int HomeAnnouncements = 5;

    /// <summary>Goods per row on the home page (hot, new): two full rows of the widest grid.</summary>
    public const int HomeGoods = 8;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", HomeAsync).AllowAnonymous().WithName("ContentHome");
        endpoints.MapGet("/pages/{slug}", PageAsync).AllowAnonymous().WithName("ContentPage");
        endpoints.MapGet("/announcements", AnnouncementsAsync).AllowAnonymous().WithName("ContentAnnouncements");
        endpoints.MapGet("/announcements/{id:long}", AnnouncementAsync).AllowAnonymous().WithName("ContentAnnouncement");
    }

    // The catalogue is another module that may be switched off: then the home page simply shows no goods.
    private static async Task<IResult> HomeAsync(ISiteAccessor sites, PublishedPages published, StorefrontContent content, [FromServices] IGoodsShowcase? showcase, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var site = await sites.GetCurrentAsync(cancellationToken);
        var pages = await published.ListAsync(cancellationToken);
        var announcements = await content.AnnouncementsAsync(cancellationToken);
        var banners = await content.BannersAsync(cancellationToken);
        var goods = showcase is null ? new GoodsShowcase([], []) : await showcase.GetAsync(HomeGoods, cancellationToken);
        var model = new HomeViewModel(
            site.Name,
            SiteText(site, "welcome") ?? new Bilingual($"欢迎光临{site.Name}，付款后自动发货。", $"Welcome to {site.Name}. Codes are delivered the moment you pay.").ToString(),
            SiteText(site, "announcement"),
            pages.Select(p => new PageLinkModel(p.Slug, p.Title, PageUrls.Of(p.Slug))).ToList(),
            announcements.Take(HomeAnnouncements).Select(AnnouncementModels.Link).ToList(),
            banners.Select(AnnouncementModels.Banner).ToList(),
            goods.Hot,
            goods.New);
        return await renderer.RenderAsync("home", model, site.Name, cancellationToken);
    }

    private static async Task<IResult> PageAsync(string slug, PublishedPages pages, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var page = PageRules.IsValidSlug(slug) ? await pages.FindAsync(slug, cancellationToken) : null;
        if (page is null)
        {
            return await NotFoundAsync(renderer, new Bilingual("页面不存在", "Page not found"), cancellationToken);
        }

        var model = new PageViewModel(page.Slug, page.Title, page.BodyHtml, PageUrls.Of(page.Slug), page.UpdatedUtc);
        return await renderer.RenderAsync("page", model, page.Title, cancellationToken);
    }

    private static async Task<IResult> AnnouncementsAsync(StorefrontContent content, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        var announcements = await content.AnnouncementsAsync(cancellationToken);
        var model = new AnnouncementListViewModel(announcements.Select(AnnouncementModels.Link).ToList());
        return await renderer.RenderAsync("announcements", model, new Bilingual("店铺公告", "Announcements").ToString(), cancellationToken);
    }

    private static async Task<IResult> AnnouncementAsync(long id, StorefrontContent content, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        // Only what is visible now: a draft or an expired announcement is not reachable by guessing its id.
        var announcement = (await content.AnnouncementsAsync(cancellationToken)).FirstOrDefault(a => a.Id == id);
        if (announcement is null)
        {
            return await NotFoundAsync(renderer, new Bilingual("公告不存在或已过期", "Announcement not found"), cancellationToken);
        }

        return await renderer.RenderAsync("announcement", AnnouncementModels.View(announcement), announcement.Title, cancellationToken);
    }

    private static async Task<IResult> NotFoundAsync(IStorefrontRenderer renderer, Bilingual title, CancellationToken cancellationToken)
    {
        var html = await renderer.RenderToStringAsync("notfound", null, title.ToString(), cancellationToken);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }

    private static string? SiteText(Site site, string key) =>
        site.Settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}

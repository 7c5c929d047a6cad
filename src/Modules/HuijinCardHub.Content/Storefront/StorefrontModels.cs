using HuijinCardHub.Catalog;
using HuijinCardHub.Theming;

namespace HuijinCardHub.Content.Storefront;

/// <summary><c>Model</c> of the "page" template.</summary>
[LiquidModel]
internal sealed record PageViewModel(string Slug, string Title, string BodyHtml, string Url, DateTime UpdatedUtc);

/// <summary><c>Model</c> of the "home" template.</summary>
/// <param name="Announcement">The site's own welcome notice (site setting "announcement"), not an announcement record.</param>
/// <param name="Announcements">The visible announcements, pinned first, at most <see cref="StorefrontEndpoints.HomeAnnouncements"/>.</param>
/// <param name="HotGoods">Hot goods from the catalogue (empty when the catalogue is off), at most <see cref="StorefrontEndpoints.HomeGoods"/>.</param>
/// <param name="NewGoods">The newest goods, likewise.</param>
[LiquidModel]
internal sealed record HomeViewModel(
    string SiteName,
    string Welcome,
    string? Announcement,
    IReadOnlyList<PageLinkModel> Pages,
    IReadOnlyList<AnnouncementLinkModel> Announcements,
    IReadOnlyList<BannerModel> Banners,
    IReadOnlyList<ShowcaseGoods> HotGoods,
    IReadOnlyList<ShowcaseGoods> NewGoods);

[LiquidModel]
internal sealed record PageLinkModel(string Slug, string Title, string Url);

/// <param name="DateText">The announcement's date as "yyyy-MM-dd" (UTC).</param>
/// <param name="Excerpt">The body as plain text, cut short, for lists.</param>
[LiquidModel]
internal sealed record AnnouncementLinkModel(long Id, string Title, string Excerpt, bool Pinned, string DateText, string Url);

/// <summary><c>Model</c> of the "announcement" template.</summary>
[LiquidModel]
internal sealed record AnnouncementViewModel(long Id, string Title, string BodyHtml, bool Pinned, string DateText, string Url);

/// <summary><c>Model</c> of the "announcements" template.</summary>
[LiquidModel]
internal sealed record AnnouncementListViewModel(IReadOnlyList<AnnouncementLinkModel> Announcements);

/// <param name="Link">Null when the banner is only a picture.</param>
[LiquidModel]
internal sealed record BannerModel(string Title, string ImageUrl, string? Link);

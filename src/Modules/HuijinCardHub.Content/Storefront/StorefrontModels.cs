using HuijinCardHub.Theming;

namespace HuijinCardHub.Content.Storefront;

/// <summary><c>Model</c> of the "page" template.</summary>
[LiquidModel]
internal sealed record PageViewModel(string Slug, string Title, string BodyHtml, string Url, DateTime UpdatedUtc);

/// <summary><c>Model</c> of the "home" template.</summary>
[LiquidModel]
internal sealed record HomeViewModel(string SiteName, string Welcome, string? Announcement, IReadOnlyList<PageLinkModel> Pages);

[LiquidModel]
internal sealed record PageLinkModel(string Slug, string Title, string Url);

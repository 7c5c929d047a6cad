using HuijinCardHub.Content.Services;
using HuijinCardHub.Text;
using HuijinCardHub.Theming;

namespace HuijinCardHub.Content.Storefront;

/// <summary>
/// Gives the theme's layout its "navigation" as <c>{text, url, newTab}</c> items: the home page, then the pages
/// marked for the menu and the merchant's own menu links, merged by sort order. A menu link to "/" replaces the
/// built-in home entry, so the merchant can rename it. Category links are the Catalog's ("categories").
/// </summary>
internal sealed class NavigationLayoutProvider(PublishedPages published, StorefrontContent content) : ILayoutDataProvider
{
    public const string Key = "navigation";

    public async Task PopulateAsync(IDictionary<string, object?> layout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var pages = (await published.ListAsync(cancellationToken))
            .Where(p => p.ShowInNavigation)
            .Select(p => (p.SortOrder, Item: Item(p.Title, PageUrls.Of(p.Slug), false)));
        var links = (await content.LinksAsync(cancellationToken))
            .Select(l => (l.SortOrder, Item: Item(l.Text, l.Url, l.OpenInNewTab)));
        var merged = pages.Concat(links).OrderBy(x => x.SortOrder).Select(x => x.Item);

        var items = layout.TryGetValue(Key, out var existing) && existing is List<Dictionary<string, object?>> list ? list : [];
        items.AddRange(merged);
        if (!items.Any(i => Equals(i.GetValueOrDefault("url"), "/")))
        {
            items.Insert(0, Item(new Bilingual("首页", "Home").ToString(), "/", false));
        }

        layout[Key] = items;
    }

    private static Dictionary<string, object?> Item(string text, string url, bool newTab) =>
        new(StringComparer.OrdinalIgnoreCase) { ["text"] = text, ["url"] = url, ["newTab"] = newTab };
}

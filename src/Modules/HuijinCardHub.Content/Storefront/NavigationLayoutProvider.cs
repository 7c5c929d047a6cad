using HuijinCardHub.Content.Services;
using HuijinCardHub.Text;
using HuijinCardHub.Theming;

namespace HuijinCardHub.Content.Storefront;

/// <summary>Gives the theme's layout its "navigation": the home page, then the pages marked for the menu.</summary>
internal sealed class NavigationLayoutProvider(PublishedPages published) : ILayoutDataProvider
{
    public const string Key = "navigation";

    public async Task PopulateAsync(IDictionary<string, object?> layout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var pages = (await published.ListAsync(cancellationToken)).Where(p => p.ShowInNavigation);

        var items = layout.TryGetValue(Key, out var existing) && existing is List<Dictionary<string, object?>> list ? list : [];
        if (!items.Any(i => Equals(i.GetValueOrDefault("url"), "/")))
        {
            items.Insert(0, Item(new Bilingual("首页", "Home").ToString(), "/"));
        }

        items.AddRange(pages.Select(p => Item(p.Title, PageUrls.Of(p.Slug))));
        layout[Key] = items;
    }

    private static Dictionary<string, object?> Item(string text, string url) =>
        new(StringComparer.OrdinalIgnoreCase) { ["text"] = text, ["url"] = url };
}

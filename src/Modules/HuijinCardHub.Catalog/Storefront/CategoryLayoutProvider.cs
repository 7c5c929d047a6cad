using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Theming;

namespace HuijinCardHub.Catalog.Storefront;

/// <summary>Gives the theme's layout "categories": the visible top-level categories as {text, url, icon}.</summary>
internal sealed class CategoryLayoutProvider(CatalogReader reader) : ILayoutDataProvider
{
    public const string Key = "categories";

    public async Task PopulateAsync(IDictionary<string, object?> layout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var snapshot = await reader.GetAsync(cancellationToken);
        layout[Key] = snapshot.Categories
            .Where(c => c.ParentId is null && c.Visible)
            .Select(c => new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
            {
                ["text"] = c.Name,
                ["url"] = CatalogUrls.Category(c.Slug),
                ["icon"] = c.Icon,
            })
            .ToList();
    }
}

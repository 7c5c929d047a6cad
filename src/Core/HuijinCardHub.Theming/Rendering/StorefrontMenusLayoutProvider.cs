using HuijinCardHub.Navigation;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// Fills <c>Layout.menus.&lt;menu&gt;</c> from the enabled modules' <see cref="IStorefrontMenuProvider"/>s: each a list
/// of <c>{text, url, current}</c> by position (then by the order the providers ran). <c>Layout.buyerLinks</c> stays the
/// buyer menu, so a merchant's layout override from before the menus keeps working.
/// </summary>
internal sealed class StorefrontMenusLayoutProvider(IEnumerable<IStorefrontMenuProvider> providers, IHttpContextAccessor http) : ILayoutDataProvider
{
    public const string MenusKey = "menus";
    public const string BuyerLinksKey = "buyerLinks";

    public async Task PopulateAsync(IDictionary<string, object?> layout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var context = http.HttpContext;
        var builder = new StorefrontMenuBuilder(context);
        foreach (var provider in providers)
        {
            await provider.BuildAsync(builder, cancellationToken);
        }

        // Item URLs are root-relative until the renderer puts a tenant's path prefix on every link, so the prefix is left out here.
        var path = context?.Request.Path.Value ?? "/";
        var menus = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var menu in builder.Items.Select((item, index) => (item, index)).OrderBy(x => x.item.Position).ThenBy(x => x.index).GroupBy(x => x.item.Menu, StringComparer.OrdinalIgnoreCase))
        {
            menus[menu.Key] = menu.Select(x => Link(x.item, path)).ToList();
        }

        layout[MenusKey] = menus;
        layout[BuyerLinksKey] = menus.GetValueOrDefault(StorefrontMenus.Buyer) ?? new List<Dictionary<string, object?>>();
    }

    private static Dictionary<string, object?> Link(StorefrontMenuItem item, string? path) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = item.Text.ToString(),
        ["url"] = item.Url,
        ["current"] = string.Equals(item.Url, path, StringComparison.OrdinalIgnoreCase),
    };
}

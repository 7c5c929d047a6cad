using System.Globalization;
using HuijinCardHub.Navigation;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// Fills <c>Layout.menus.&lt;menu&gt;</c> from the enabled modules' <see cref="IStorefrontMenuProvider"/>s: each a list
/// of <c>{text, url, current}</c> by position (then by the order the providers ran). <c>Layout.buyerLinks</c> stays the
/// buyer menu, so a merchant's layout override from before the menus keeps working. The providers run on every page
/// (they may look at the request); what they give is turned into Liquid values once per item list and culture
/// (<see cref="StorefrontMenuValues"/>), not on every page.
/// </summary>
internal sealed class StorefrontMenusLayoutProvider(IEnumerable<IStorefrontMenuProvider> providers, IHttpContextAccessor http, StorefrontMenuValues values) : ILayoutDataProvider
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
        var menus = values.For(builder.Items, CultureInfo.CurrentUICulture, path);
        layout[MenusKey] = menus.All;
        layout[BuyerLinksKey] = menus.Buyer;
    }
}

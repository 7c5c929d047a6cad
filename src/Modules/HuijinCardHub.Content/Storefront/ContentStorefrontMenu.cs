using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Content.Storefront;

/// <summary>The announcements list in the layout's footer zone.</summary>
internal sealed class ContentStorefrontMenu : IStorefrontMenuProvider
{
    public ValueTask BuildAsync(StorefrontMenuBuilder menus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(menus);
        menus.Add(StorefrontMenus.Footer, new Bilingual("店铺公告", "Announcements"), "/announcements", 10);
        return ValueTask.CompletedTask;
    }
}

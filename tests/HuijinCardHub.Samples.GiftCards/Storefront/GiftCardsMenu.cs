using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Samples.GiftCards.Storefront;

/// <summary>"My gift cards" in a signed-in buyer's menu and the member centre's tabs; gone with the feature.</summary>
internal sealed class GiftCardsMenu : IStorefrontMenuProvider
{
    public static readonly Bilingual Title = new("我的礼品卡", "My gift cards");

    public ValueTask BuildAsync(StorefrontMenuBuilder menus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(menus);
        if (menus.IsSignedIn)
        {
            menus.Add(StorefrontMenus.Buyer, Title, GiftCardsPage.Path, 35);
            menus.Add(StorefrontMenus.MemberTabs, Title, GiftCardsPage.Path, 25);
        }

        return ValueTask.CompletedTask;
    }
}

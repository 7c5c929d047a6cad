using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Balance.Storefront;

/// <summary>"My balance" in a signed-in buyer's menu and among the member centre's tabs; gone when Balance is off.</summary>
internal sealed class BalanceStorefrontMenu : IStorefrontMenuProvider
{
    public ValueTask BuildAsync(StorefrontMenuBuilder menus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(menus);
        if (menus.IsSignedIn)
        {
            menus.Add(StorefrontMenus.Buyer, new Bilingual("我的余额", "My balance"), "/account/balance", 40);
            menus.Add(StorefrontMenus.MemberTabs, new Bilingual("我的余额", "My balance"), "/account/balance", 20);
        }

        return ValueTask.CompletedTask;
    }
}

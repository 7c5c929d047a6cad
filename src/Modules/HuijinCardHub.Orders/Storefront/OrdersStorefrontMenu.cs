using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Storefront;

/// <summary>The buyer's cart, order lookup and (signed in) orders; the member centre's orders and after-sales tabs.</summary>
internal sealed class OrdersStorefrontMenu : IStorefrontMenuProvider
{
    public ValueTask BuildAsync(StorefrontMenuBuilder menus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(menus);
        menus.Add(StorefrontMenus.Buyer, new Bilingual("购物车", "Cart"), "/cart", 10);
        menus.Add(StorefrontMenus.Buyer, new Bilingual("订单查询", "Find my order"), "/orders/lookup", 20);
        if (menus.IsSignedIn)
        {
            menus.Add(StorefrontMenus.Buyer, new Bilingual("我的订单", "My orders"), "/account/orders", 30);
            menus.Add(StorefrontMenus.MemberTabs, new Bilingual("我的订单", "My orders"), "/account/orders", 10);
            menus.Add(StorefrontMenus.MemberTabs, new Bilingual("我的售后", "My after-sales"), "/account/tickets", 30);
        }

        return ValueTask.CompletedTask;
    }
}

using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders;

internal sealed class AdminMenu : INavigationProvider
{
    public const string Group = "交易 / Sales";

    public void Build(NavigationBuilder menu) => menu
        .Add(new MenuItem(new Bilingual("订单", "Orders"), "/admin/orders", Permissions.ViewOrders.Name, Group, 100, "receipt"))
        .Add(new MenuItem(new Bilingual("售后工单", "After-sales"), "/admin/tickets", Permissions.ManageTickets.Name, Group, 110, "lifebuoy"));
}

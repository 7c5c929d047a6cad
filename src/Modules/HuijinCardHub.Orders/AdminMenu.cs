using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders;

internal sealed class AdminMenu : INavigationProvider
{
    public void Build(NavigationBuilder menu) => menu
        .Add(new MenuItem(new Bilingual("订单", "Orders"), "/admin/orders", Permissions.ViewOrders.Name, AdminMenuGroups.Sales, AdminMenuPositions.Sales, "receipt"))
        .Add(new MenuItem(new Bilingual("售后工单", "After-sales"), "/admin/tickets", Permissions.ManageTickets.Name, AdminMenuGroups.Sales, AdminMenuPositions.Sales + 10, "lifebuoy"));
}

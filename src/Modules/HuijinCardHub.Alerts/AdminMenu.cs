using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Alerts;

internal sealed class AdminMenu : INavigationProvider
{
    public void Build(NavigationBuilder menu) =>
        menu.Add(new MenuItem(new Bilingual("告警中心", "Alerts"), "/admin/alerts", Permissions.ViewAlerts.Name, AdminMenuGroups.Operations, AdminMenuPositions.Operations, "bell"));
}

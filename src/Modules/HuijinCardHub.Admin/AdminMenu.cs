using HuijinCardHub.Navigation;
using HuijinCardHub.Security;
using HuijinCardHub.Text;

namespace HuijinCardHub.Admin;

internal sealed class AdminMenu : INavigationProvider
{
    public void Build(NavigationBuilder menu) => menu
        .Add(new MenuItem(new Bilingual("仪表盘", "Dashboard"), "/admin", KernelPermissions.AccessAdmin.Name, AdminMenuGroups.None, AdminMenuPositions.Dashboard, "dashboard"))
        .Add(new MenuItem(new Bilingual("功能", "Features"), "/admin/features", KernelPermissions.ManageFeatures.Name, AdminMenuGroups.System, AdminMenuPositions.System, "puzzle"))
        .Add(new MenuItem(new Bilingual("配方", "Recipes"), "/admin/recipes", KernelPermissions.ManageRecipes.Name, AdminMenuGroups.System, AdminMenuPositions.System + 10, "chef-hat"))
        .Add(new MenuItem(new Bilingual("设置", "Settings"), "/admin/settings", KernelPermissions.ManageSettings.Name, AdminMenuGroups.System, AdminMenuPositions.System + 20, "settings"))
        .Add(new MenuItem(new Bilingual("分站", "Sites"), "/admin/sites", KernelPermissions.ManageSites.Name, AdminMenuGroups.System, AdminMenuPositions.System + 30, "world"))
        .Add(new MenuItem(new Bilingual("操作日志", "Audit log"), "/admin/audit", KernelPermissions.ViewAuditLog.Name, AdminMenuGroups.System, AdminMenuPositions.System + 40, "history"))
        .Add(new MenuItem(new Bilingual("事件投递", "Event deliveries"), "/admin/events", KernelPermissions.ManageEventDeliveries.Name, AdminMenuGroups.System, AdminMenuPositions.System + 50, "send"));
}

using HuijinCardHub.Navigation;
using HuijinCardHub.Security;
using HuijinCardHub.Text;

namespace HuijinCardHub.Admin;

internal sealed class AdminMenu : INavigationProvider
{
    /// <summary>Translated by i18n/en-US.json; other modules use the same name to join the group.</summary>
    public const string SystemGroup = "系统";

    public void Build(NavigationBuilder menu) => menu
        .Add(new MenuItem(new Bilingual("仪表盘", "Dashboard"), "/admin", KernelPermissions.AccessAdmin.Name, "", 0, "dashboard"))
        .Add(new MenuItem(new Bilingual("功能", "Features"), "/admin/features", KernelPermissions.ManageFeatures.Name, SystemGroup, 900, "puzzle"))
        .Add(new MenuItem(new Bilingual("配方", "Recipes"), "/admin/recipes", KernelPermissions.ManageRecipes.Name, SystemGroup, 910, "chef-hat"))
        .Add(new MenuItem(new Bilingual("设置", "Settings"), "/admin/settings", KernelPermissions.ManageSettings.Name, SystemGroup, 920, "settings"))
        .Add(new MenuItem(new Bilingual("分站", "Sites"), "/admin/sites", KernelPermissions.ManageSites.Name, SystemGroup, 930, "world"))
        .Add(new MenuItem(new Bilingual("操作日志", "Audit log"), "/admin/audit", KernelPermissions.ViewAuditLog.Name, SystemGroup, 940, "history"))
        .Add(new MenuItem(new Bilingual("事件投递", "Event deliveries"), "/admin/events", KernelPermissions.ManageEventDeliveries.Name, SystemGroup, 950, "send"));
}

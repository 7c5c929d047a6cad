using HuijinCardHub.Navigation;
using HuijinCardHub.Security;
using HuijinCardHub.Text;

namespace HuijinCardHub.Themes;

internal sealed class AdminMenu : INavigationProvider
{
    public void Build(NavigationBuilder menu) =>
        menu.Add(new MenuItem(new Bilingual("主题", "Themes"), "/admin/themes", KernelPermissions.ManageThemes.Name, AdminMenuGroups.System, AdminMenuPositions.System + 25, "palette"));
}

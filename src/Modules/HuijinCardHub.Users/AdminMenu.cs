using HuijinCardHub.Navigation;
using HuijinCardHub.Security;
using HuijinCardHub.Text;

namespace HuijinCardHub.Users;

internal sealed class AdminMenu : INavigationProvider
{
    public void Build(NavigationBuilder menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        menu.Add(new MenuItem(new Bilingual("用户", "Users"), "/admin/users", KernelPermissions.ManageUsers.Name, AdminMenuGroups.Users, AdminMenuPositions.Users, "people"))
            .Add(new MenuItem(new Bilingual("角色与权限", "Roles and permissions"), "/admin/roles", KernelPermissions.ManageUsers.Name, AdminMenuGroups.Users, AdminMenuPositions.Users + 10, "shield"))
            .Add(new MenuItem(new Bilingual("两步验证", "Two-factor sign-in"), "/account/manage/two-factor", KernelPermissions.AccessAdmin.Name, AdminMenuGroups.Users, AdminMenuPositions.Users + 20, "key"));
    }
}

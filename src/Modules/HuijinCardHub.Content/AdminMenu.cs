using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Content;

internal sealed class AdminMenu : INavigationProvider
{
    public void Build(NavigationBuilder menu)
    {
        var permission = Permissions.ManageContent.Name;
        menu.Add(new MenuItem(new Bilingual("页面", "Pages"), "/admin/pages", permission, AdminMenuGroups.Content, AdminMenuPositions.Content, "file-text"));
        menu.Add(new MenuItem(new Bilingual("公告", "Announcements"), "/admin/announcements", permission, AdminMenuGroups.Content, AdminMenuPositions.Content + 10, "speakerphone"));
        menu.Add(new MenuItem(new Bilingual("横幅", "Banners"), "/admin/banners", permission, AdminMenuGroups.Content, AdminMenuPositions.Content + 20, "photo"));
        menu.Add(new MenuItem(new Bilingual("店面导航", "Storefront menu"), "/admin/navigation", permission, AdminMenuGroups.Content, AdminMenuPositions.Content + 30, "menu-2"));
    }
}

using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Content;

internal sealed class AdminMenu : INavigationProvider
{
    public const string Group = "内容 / Content";

    public void Build(NavigationBuilder menu)
    {
        var permission = Permissions.ManageContent.Name;
        menu.Add(new MenuItem(new Bilingual("页面", "Pages"), "/admin/pages", permission, Group, 100, "file-text"));
        menu.Add(new MenuItem(new Bilingual("公告", "Announcements"), "/admin/announcements", permission, Group, 110, "speakerphone"));
        menu.Add(new MenuItem(new Bilingual("横幅", "Banners"), "/admin/banners", permission, Group, 120, "photo"));
        menu.Add(new MenuItem(new Bilingual("店面导航", "Storefront menu"), "/admin/navigation", permission, Group, 130, "menu-2"));
    }
}

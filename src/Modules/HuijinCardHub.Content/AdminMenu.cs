using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Content;

internal sealed class AdminMenu : INavigationProvider
{
    public const string Group = "内容 / Content";

    public void Build(NavigationBuilder menu) =>
        menu.Add(new MenuItem(new Bilingual("页面", "Pages"), "/admin/pages", Permissions.ManageContent.Name, Group, 100, "file-text"));
}

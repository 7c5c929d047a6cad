using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Search;

internal sealed class AdminMenu : INavigationProvider
{
    public void Build(NavigationBuilder menu) =>
        menu.Add(new MenuItem(new Bilingual("搜索索引", "Search index"), "/admin/search", Permissions.ManageSearch.Name, AdminMenuGroups.Goods, AdminMenuPositions.Goods + 400, "search"));
}

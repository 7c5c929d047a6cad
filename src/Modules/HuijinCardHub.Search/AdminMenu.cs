using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Search;

internal sealed class AdminMenu : INavigationProvider
{
    /// <summary>Beside the catalogue's own items, since the index mirrors the goods.</summary>
    public const string Group = "商品 / Goods";

    public void Build(NavigationBuilder menu) =>
        menu.Add(new MenuItem(new Bilingual("搜索索引", "Search index"), "/admin/search", Permissions.ManageSearch.Name, Group, 400, "search"));
}

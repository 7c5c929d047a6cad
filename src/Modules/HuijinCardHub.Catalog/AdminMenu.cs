using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog;

internal sealed class AdminMenu : INavigationProvider
{
    public const string Group = "商品 / Goods";

    public void Build(NavigationBuilder menu) => menu
        .Add(new MenuItem(new Bilingual("商品", "Goods"), "/admin/catalog/goods", Permissions.ManageCatalog.Name, Group, 100, "package"))
        .Add(new MenuItem(new Bilingual("分类", "Categories"), "/admin/catalog/categories", Permissions.ManageCatalog.Name, Group, 110, "folders"))
        .Add(new MenuItem(new Bilingual("会员等级", "Member levels"), "/admin/catalog/levels", Permissions.ManagePrices.Name, Group, 120, "crown"))
        .Add(new MenuItem(new Bilingual("价格记录", "Price log"), "/admin/catalog/prices", Permissions.ManagePrices.Name, Group, 130, "currency-yuan"));
}

using HuijinCardHub.Navigation;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog;

internal sealed class AdminMenu : INavigationProvider
{
    public void Build(NavigationBuilder menu) => menu
        .Add(new MenuItem(new Bilingual("商品", "Goods"), "/admin/catalog/goods", Permissions.ManageCatalog.Name, AdminMenuGroups.Goods, AdminMenuPositions.Goods + 100, "package"))
        .Add(new MenuItem(new Bilingual("分类", "Categories"), "/admin/catalog/categories", Permissions.ManageCatalog.Name, AdminMenuGroups.Goods, AdminMenuPositions.Goods + 110, "folders"))
        .Add(new MenuItem(new Bilingual("会员等级", "Member levels"), "/admin/catalog/levels", Permissions.ManagePrices.Name, AdminMenuGroups.Goods, AdminMenuPositions.Goods + 120, "crown"))
        .Add(new MenuItem(new Bilingual("价格记录", "Price log"), "/admin/catalog/prices", Permissions.ManagePrices.Name, AdminMenuGroups.Goods, AdminMenuPositions.Goods + 130, "currency-yuan"));
}

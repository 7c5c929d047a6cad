using HuijinCardHub.Security;

namespace HuijinCardHub.Catalog;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageCatalog = new("ManageCatalog", new("管理分类与商品", "Manage categories and goods"), "商品");
    public static readonly Permission ManagePrices = new("ManagePrices", new("管理价格、会员等级与定价规则", "Manage prices, member levels and pricing rules"), "商品");

    public IEnumerable<Permission> GetPermissions() => [ManageCatalog, ManagePrices];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, [ManageCatalog, ManagePrices]),
        new(StandardRoles.ShopManager, [ManageCatalog, ManagePrices]),
    ];
}

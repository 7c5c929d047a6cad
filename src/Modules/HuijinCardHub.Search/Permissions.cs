using HuijinCardHub.Security;

namespace HuijinCardHub.Search;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSearch = new("ManageSearch", new("管理商品搜索索引", "Manage the goods search index"), "商品");

    public IEnumerable<Permission> GetPermissions() => [ManageSearch];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, [ManageSearch]),
        new(StandardRoles.ShopManager, [ManageSearch]),
    ];
}

using HuijinCardHub.Security;

namespace HuijinCardHub.Balance;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageBalances = new("ManageBalances", new("管理会员余额", "Manage member balances"), "会员");

    public IEnumerable<Permission> GetPermissions() => [ManageBalances];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, [ManageBalances]),
        new(StandardRoles.ShopManager, [ManageBalances]),
    ];
}

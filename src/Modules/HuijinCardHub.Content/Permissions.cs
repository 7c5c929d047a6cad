using HuijinCardHub.Security;

namespace HuijinCardHub.Content;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageContent = new("ManageContent", new("管理页面与公告", "Manage pages and announcements"), "内容");

    public IEnumerable<Permission> GetPermissions() => [ManageContent];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, [ManageContent]),
        new(StandardRoles.ShopManager, [ManageContent]),
    ];
}

using HuijinCardHub.Security;

namespace HuijinCardHub.CardCodes;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageCardCodes = new("ManageCardCodes", new("管理卡密库存", "Manage card-code stock"), "商品");

    /// <summary>Seeing a code in clear is apart from managing stock: every reveal and export is audited.</summary>
    public static readonly Permission RevealCardCodes = new("RevealCardCodes", new("查看与导出卡密明文", "Reveal and export card codes"), "商品");

    public IEnumerable<Permission> GetPermissions() => [ManageCardCodes, RevealCardCodes];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, [ManageCardCodes, RevealCardCodes]),
        new(StandardRoles.ShopManager, [ManageCardCodes]),
    ];
}

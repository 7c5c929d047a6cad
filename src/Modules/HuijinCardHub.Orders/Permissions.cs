using HuijinCardHub.Security;

namespace HuijinCardHub.Orders;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewOrders = new("ViewOrders", new("查看订单", "View orders"), "交易");
    public static readonly Permission ManageOrders = new("ManageOrders", new("处理订单（发货、取消、退款）", "Manage orders (fulfil, cancel, refund)"), "交易");
    public static readonly Permission ManageTickets = new("ManageTickets", new("处理售后工单", "Handle after-sales tickets"), "交易");

    public IEnumerable<Permission> GetPermissions() => [ViewOrders, ManageOrders, ManageTickets];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, [ViewOrders, ManageOrders, ManageTickets]),
        new(StandardRoles.ShopManager, [ViewOrders, ManageOrders, ManageTickets]),
        new(StandardRoles.Operator, [ViewOrders, ManageTickets]),
    ];
}

using HuijinCardHub.Security;

namespace HuijinCardHub.Alerts;

internal sealed class Permissions : IPermissionProvider
{
    public const string Category = "运营";

    public static readonly Permission ViewAlerts = new("ViewAlerts", new("查看告警", "View alerts"), Category);

    public static readonly Permission ManageAlerts = new("ManageAlerts", new("处理告警与通知设置", "Handle alerts and their notice settings"), Category);

    public IEnumerable<Permission> GetPermissions() => [ViewAlerts, ManageAlerts];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, [ViewAlerts, ManageAlerts]),
        new(StandardRoles.ShopManager, [ViewAlerts, ManageAlerts]),
    ];
}

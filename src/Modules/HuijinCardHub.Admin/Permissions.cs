using HuijinCardHub.Security;

namespace HuijinCardHub.Admin;

/// <summary>
/// The system permissions the admin pages check. They are declared in Abstractions (so any module can
/// name them) and offered here, where the pages that need them live.
/// </summary>
internal sealed class Permissions : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() =>
    [
        KernelPermissions.AccessAdmin,
        KernelPermissions.ManageFeatures,
        KernelPermissions.ManageRecipes,
        KernelPermissions.ManageSettings,
        KernelPermissions.ManageSites,
        KernelPermissions.ViewAuditLog,
        KernelPermissions.ManageEventDeliveries,
    ];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, [.. GetPermissions()]),
        new(StandardRoles.ShopManager,
        [
            KernelPermissions.AccessAdmin,
            KernelPermissions.ManageSettings,
            KernelPermissions.ManageSites,
            KernelPermissions.ViewAuditLog,
        ]),
        new(StandardRoles.Operator, [KernelPermissions.AccessAdmin]),
    ];
}

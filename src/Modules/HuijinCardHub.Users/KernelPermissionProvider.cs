using HuijinCardHub.Security;

namespace HuijinCardHub.Users;

/// <summary>
/// The kernel's own permissions. They live here because this is the always-enabled module that
/// owns roles; the kernel only names them.
/// </summary>
internal sealed class KernelPermissionProvider : IPermissionProvider
{
    private static readonly Permission[] All =
    [
        KernelPermissions.AccessAdmin,
        KernelPermissions.ManageFeatures,
        KernelPermissions.ManageRecipes,
        KernelPermissions.ManageSettings,
        KernelPermissions.ManageThemes,
        KernelPermissions.ManageSites,
        KernelPermissions.ViewAuditLog,
    ];

    public IEnumerable<Permission> GetPermissions() => All;

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, All),
        new(StandardRoles.ShopManager, [.. All.Where(p => p != KernelPermissions.ManageFeatures && p != KernelPermissions.ManageRecipes)]),
        new(StandardRoles.Operator, [KernelPermissions.AccessAdmin]),
        new(StandardRoles.Agent, []),
        new(StandardRoles.Customer, []),
    ];
}

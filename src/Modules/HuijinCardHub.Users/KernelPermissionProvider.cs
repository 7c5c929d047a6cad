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
        KernelPermissions.ManageSensitiveSettings,
        KernelPermissions.ManageStaffRoles,
    ];

    /// <summary>What only the owner role gets by default: whoever holds these can take over the shop.</summary>
    private static readonly Permission[] OwnerOnly =
    [
        KernelPermissions.ManageFeatures,
        KernelPermissions.ManageRecipes,
        KernelPermissions.ManageSensitiveSettings,
        KernelPermissions.ManageStaffRoles,
    ];

    public IEnumerable<Permission> GetPermissions() => All;

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, All),
        new(StandardRoles.ShopManager, [.. All.Except(OwnerOnly)]),
        new(StandardRoles.Operator, [KernelPermissions.AccessAdmin]),
        new(StandardRoles.Agent, []),
        new(StandardRoles.Customer, []),
    ];
}

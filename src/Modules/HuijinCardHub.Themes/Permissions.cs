using HuijinCardHub.Security;

namespace HuijinCardHub.Themes;

/// <summary>ManageThemes is declared in Abstractions and offered here, where the pages that check it live.</summary>
internal sealed class Permissions : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [KernelPermissions.ManageThemes];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, [KernelPermissions.ManageThemes]),
        new(StandardRoles.ShopManager, [KernelPermissions.ManageThemes]),
    ];
}

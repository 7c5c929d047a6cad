using HuijinCardHub.Security;

namespace HuijinCardHub.Users;

/// <summary>Managing accounts and roles: only Administrators by default.</summary>
internal sealed class Permissions : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [KernelPermissions.ManageUsers];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        [new PermissionStereotype(StandardRoles.Administrator, [KernelPermissions.ManageUsers])];
}

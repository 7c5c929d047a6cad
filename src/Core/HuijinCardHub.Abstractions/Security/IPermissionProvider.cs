namespace HuijinCardHub.Security;

public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [];
}

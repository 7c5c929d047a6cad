using System.Security.Claims;

namespace HuijinCardHub.Security;
/// <summary>Answers whether a user holds a permission (through the claims of their roles).</summary>
public interface IPermissionChecker
{
    Task<bool> HasAsync(ClaimsPrincipal user, Permission permission);
}

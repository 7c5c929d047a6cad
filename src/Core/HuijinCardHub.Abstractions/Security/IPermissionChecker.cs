using System.Security.Claims;

namespace HuijinCardHub.Security;

/// <summary>Answers whether a user holds a permission (through the claims of their roles).</summary>
public interface IPermissionChecker
{
    Task<bool> HasAsync(ClaimsPrincipal user, Permission permission);
}

public static class PermissionClaims
{
    /// <summary>The claim type a role carries for each permission it grants.</summary>
    public const string Type = "huijin:permission";
}

using System.Security.Claims;

namespace HuijinCardHub.Security;

public static class PermissionClaims
{
    /// <summary>The claim type a role carries for each permission it grants.</summary>
    public const string Type = "huijin:permission";
}

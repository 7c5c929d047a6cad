using Microsoft.AspNetCore.Authorization;

namespace HuijinCardHub.Security;

/// <summary>
/// Puts an admin action behind a permission: <c>[RequirePermission("ManageFeatures")]</c>.
/// The Users module resolves the "Permission:" policies; Administrators hold every permission.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PolicyPrefix + permission)
{
    public const string PolicyPrefix = "Permission:";

    public string Permission { get; } = permission;
}

using System.Security.Claims;
using HuijinCardHub.Security;
using HuijinCardHub.Text;

namespace HuijinCardHub.Admin.Services;

/// <summary>Checks a permission known only by name (widgets, settings sections declare names, not records).</summary>
internal sealed class PermissionGate(IPermissionChecker checker)
{
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, string? permission) =>
        string.IsNullOrEmpty(permission) || await checker.HasAsync(user, new Permission(permission, new Bilingual(permission, permission)));
}

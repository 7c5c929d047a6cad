using System.Security.Claims;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Admin.Services;

/// <summary>Checks a permission known only by name (widgets, settings sections declare names, not records).</summary>
internal static class PermissionGate
{
    public static async Task<bool> AllowsAsync(IServiceProvider services, ClaimsPrincipal user, string? permission)
    {
        if (string.IsNullOrEmpty(permission))
        {
            return true;
        }

        var checker = services.GetService<IPermissionChecker>();
        return checker is not null && await checker.HasAsync(user, new Permission(permission, new Bilingual(permission, permission)));
    }
}

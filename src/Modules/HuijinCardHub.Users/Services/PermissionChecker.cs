using System.Security.Claims;
using HuijinCardHub.Security;
using HuijinCardHub.Users.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HuijinCardHub.Users.Services;

/// <summary>
/// Reads the user's roles and their permission claims from the database (once per scope), so a role
/// change applies on the next request instead of at the next sign-in.
/// </summary>
internal sealed class PermissionChecker(UsersDbContext db, IOptions<IdentityOptions> identityOptions) : IPermissionChecker
{
    private readonly Dictionary<string, Grants> _cache = new(StringComparer.Ordinal);

    public async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(permission);
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var userId = user.FindFirstValue(identityOptions.Value.ClaimsIdentity.UserIdClaimType);
        if (string.IsNullOrEmpty(userId))
        {
            return false;
        }

        var grants = await GetGrantsAsync(userId);
        return grants.IsAdministrator || grants.Permissions.Contains(permission.Name);
    }

    private async Task<Grants> GetGrantsAsync(string userId)
    {
        if (_cache.TryGetValue(userId, out var cached))
        {
            return cached;
        }

        var roleIds = db.UserRoles.Where(ur => ur.UserId == userId).Select(ur => ur.RoleId);
        var roleNames = await db.Roles.Where(r => roleIds.Contains(r.Id)).Select(r => r.Name).ToListAsync();
        var permissions = await db.RoleClaims
            .Where(c => roleIds.Contains(c.RoleId) && c.ClaimType == PermissionClaims.Type)
            .Select(c => c.ClaimValue)
            .ToListAsync();
        var grants = new Grants(
            roleNames.Contains(StandardRoles.Administrator),
            permissions.OfType<string>().ToHashSet(StringComparer.Ordinal));
        _cache[userId] = grants;
        return grants;
    }

    private sealed record Grants(bool IsAdministrator, HashSet<string> Permissions);
}

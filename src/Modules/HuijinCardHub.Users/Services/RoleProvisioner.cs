using System.Security.Claims;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Users.Services;

/// <summary>Creates roles and adds permission grants; never takes a grant away (the merchant may have added it).</summary>
internal sealed class RoleProvisioner(RoleManager<IdentityRole> roles) : IRoleProvisioner
{
    public async Task EnsureRoleAsync(string name, IEnumerable<string> permissions, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(permissions);
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            role = new IdentityRole(name);
            Check(await roles.CreateAsync(role));
        }

        var granted = (await roles.GetClaimsAsync(role))
            .Where(c => c.Type == PermissionClaims.Type)
            .Select(c => c.Value)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var permission in permissions.Distinct(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (granted.Add(permission))
            {
                Check(await roles.AddClaimAsync(role, new Claim(PermissionClaims.Type, permission)));
            }
        }
    }

    public async Task<IReadOnlyList<RoleGrant>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await roles.Roles.OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var result = new List<RoleGrant>(all.Count);
        foreach (var role in all)
        {
            var permissions = (await roles.GetClaimsAsync(role))
                .Where(c => c.Type == PermissionClaims.Type)
                .Select(c => c.Value)
                .Order(StringComparer.Ordinal)
                .ToList();
            result.Add(new RoleGrant(role.Name ?? "", permissions));
        }

        return result;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ShopException(BilingualIdentityError.Join(result));
        }
    }
}

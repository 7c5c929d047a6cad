using System.Security.Claims;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Identity;

namespace HuijinCardHub.Users.Services;

/// <summary>
/// Who may hand out power. Adding or removing a staff role (Administrator, or any role that grants a permission),
/// changing a staff member's e-mail (the way to their password) or a role's permissions needs ManageStaffRoles and
/// sudo mode, and nobody can hand out more than they hold: the Administrator role only by an Administrator, another
/// role or permission only by someone who holds every permission it grants.
/// </summary>
internal sealed class StaffRoleGuard(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, IPermissionChecker permissions, ISudoMode sudo)
{
    private static readonly Bilingual NoStaffRoles = new(
        "您没有“管理员工角色与权限”的权限，不能更改员工角色、员工邮箱或角色权限",
        "You do not have the permission to change staff roles, staff e-mail addresses or role permissions");

    public async Task<bool> IsStaffRoleAsync(string roleName)
    {
        if (roleName == StandardRoles.Administrator)
        {
            return true;
        }

        var role = await roles.FindByNameAsync(roleName);
        return role is not null && (await roles.GetClaimsAsync(role)).Any(c => c.Type == PermissionClaims.Type);
    }

    public async Task<bool> IsStaffAsync(IdentityUser user)
    {
        foreach (var role in await users.GetRolesAsync(user))
        {
            if (await IsStaffRoleAsync(role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why the actor may not grant these roles, or null when they may (sudo still to be checked).</summary>
    public async Task<Bilingual?> RefusalForRolesAsync(ClaimsPrincipal actor, IEnumerable<string> added)
    {
        if (!await permissions.HasAsync(actor, KernelPermissions.ManageStaffRoles))
        {
            return NoStaffRoles;
        }

        foreach (var name in added)
        {
            if (name == StandardRoles.Administrator)
            {
                if (!await IsAdministratorAsync(actor))
                {
                    return new Bilingual("只有管理员可以授予管理员角色", "Only an Administrator can grant the Administrator role");
                }

                continue;
            }

            var role = await roles.FindByNameAsync(name);
            var granted = role is null ? [] : (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionClaims.Type).Select(c => c.Value);
            if (await RefusalForPermissionsAsync(actor, granted) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    /// <summary>Why the actor may not grant these permissions to a role, or null when they may.</summary>
    public async Task<Bilingual?> RefusalForPermissionsAsync(ClaimsPrincipal actor, IEnumerable<string> added)
    {
        if (!await permissions.HasAsync(actor, KernelPermissions.ManageStaffRoles))
        {
            return NoStaffRoles;
        }

        var lacking = new List<string>();
        foreach (var name in added)
        {
            if (!await permissions.HasAsync(actor, new Permission(name, new Bilingual(name, name))))
            {
                lacking.Add(name);
            }
        }

        return lacking.Count == 0
            ? null
            : new Bilingual($"不能授予自己没有的权限：{string.Join("、", lacking)}", $"You cannot grant permissions you do not hold: {string.Join(", ", lacking)}");
    }

    public Task<bool> HasSudoAsync(ClaimsPrincipal actor, CancellationToken cancellationToken) => sudo.IsActiveAsync(actor, cancellationToken);

    private async Task<bool> IsAdministratorAsync(ClaimsPrincipal actor) =>
        await users.GetUserAsync(actor) is { } user && await users.IsInRoleAsync(user, StandardRoles.Administrator);
}

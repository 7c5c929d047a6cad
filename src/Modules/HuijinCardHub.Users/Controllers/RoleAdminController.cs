using System.Security.Claims;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using HuijinCardHub.Users.Models;
using HuijinCardHub.Users.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Users.Controllers;

/// <summary>Roles in the admin: create a role, choose which permissions it grants (grouped by category).</summary>
[RequirePermission("ManageUsers")]
[Route("admin/roles")]
internal sealed class RoleAdminController(
    RoleManager<IdentityRole> roles, IRoleProvisioner provisioner, IEnumerable<IPermissionProvider> providers, StaffRoleGuard guard) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? notice, CancellationToken cancellationToken) =>
        View(await ListAsync(null, cancellationToken, notice));

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(string? name, CancellationToken cancellationToken)
    {
        var page = await ListAsync(name, cancellationToken);
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            page.Errors.Add(new Bilingual("请填写角色名", "Role name is required").ToString());
        }
        else if (trimmed.Length > 64 || trimmed.Any(c => char.IsControl(c) || c is '/' or '\\' or '?' or '#'))
        {
            page.Errors.Add(new Bilingual("角色名不能超过 64 个字符，且不能包含 / \\ ? #", "A role name has at most 64 characters and no / \\ ? #").ToString());
        }
        else if (await roles.RoleExistsAsync(trimmed))
        {
            page.Errors.Add(new Bilingual($"角色“{trimmed}”已存在", $"Role '{trimmed}' already exists").ToString());
        }

        if (page.Errors.Count > 0)
        {
            return View(nameof(Index), page);
        }

        await provisioner.EnsureRoleAsync(trimmed, [], cancellationToken);
        return RedirectToAction(nameof(Edit), new { name = trimmed });
    }

    // Changing what a role may do is changing staff power: ManageStaffRoles and sudo mode, asked before the form.
    [HttpGet("{name}/edit")]
    [RequirePermission("ManageStaffRoles")]
    [RequireSudo]
    public async Task<IActionResult> Edit(string name)
    {
        var role = await roles.FindByNameAsync(name);
        return role is null ? NotFound() : View(await EditPageAsync(role, null));
    }

    [HttpPost("{name}/edit")]
    [ValidateAntiForgeryToken]
    [RequirePermission("ManageStaffRoles")]
    [RequireSudo]
    public async Task<IActionResult> Edit(string name, List<string>? permissions)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        var wanted = (permissions ?? []).ToHashSet(StringComparer.Ordinal);
        var known = providers.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(p => !known.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            var page = await EditPageAsync(role, wanted);
            page.Errors.Add(new Bilingual($"未知权限：{string.Join("、", unknown)}", $"Unknown permissions: {string.Join(", ", unknown)}").ToString());
            return View(page);
        }

        var granted = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionClaims.Type).ToList();
        if (await guard.RefusalForPermissionsAsync(User, wanted.Where(p => !granted.Any(c => c.Value == p))) is { } refusal)
        {
            var page = await EditPageAsync(role, wanted);
            page.Errors.Add(refusal.ToString());
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return View(page);
        }

        // Only permissions of enabled features are on the page; grants for disabled features stay for when they return.
        foreach (var claim in granted.Where(c => known.Contains(c.Value) && !wanted.Contains(c.Value)))
        {
            await roles.RemoveClaimAsync(role, claim);
        }

        foreach (var permission in wanted.Where(p => !granted.Any(c => c.Value == p)))
        {
            await roles.AddClaimAsync(role, new Claim(PermissionClaims.Type, permission));
        }

        return RedirectToAction(nameof(Index), new { notice = new Bilingual($"已保存角色 {role.Name} 的权限", $"Permissions of {role.Name} saved").ToString() });
    }

    private async Task<RoleListPage> ListAsync(string? newRoleName, CancellationToken cancellationToken, string? notice = null)
    {
        var grants = await provisioner.ListAsync(cancellationToken);
        return new RoleListPage
        {
            Roles = [.. grants.Select(g => new RoleRow(g.Role, g.Permissions.Count))],
            NewRoleName = newRoleName,
            Notice = notice,
        };
    }

    private async Task<RoleEditPage> EditPageAsync(IdentityRole role, IReadOnlySet<string>? chosen)
    {
        var granted = chosen ?? (await roles.GetClaimsAsync(role))
            .Where(c => c.Type == PermissionClaims.Type)
            .Select(c => c.Value)
            .ToHashSet(StringComparer.Ordinal);
        var groups = providers.SelectMany(p => p.GetPermissions())
            .DistinctBy(p => p.Name)
            .GroupBy(p => string.IsNullOrEmpty(p.Category) ? new Bilingual("其他", "Other").ToString() : p.Category)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PermissionGroup(g.Key, [.. g.OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new PermissionChoice(p.Name, p.Description.ToString(), granted.Contains(p.Name)))]))
            .ToList();
        return new RoleEditPage { Role = role.Name ?? "", IsAdministrator = role.Name == StandardRoles.Administrator, Groups = groups };
    }
}

using HuijinCardHub.Security;
using HuijinCardHub.Text;
using HuijinCardHub.Users.Models;
using HuijinCardHub.Users.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Users.Controllers;

/// <summary>Accounts in the admin: list and search, create, change e-mail and roles, lock and unlock.</summary>
[RequirePermission("ManageUsers")]
[Route("admin/users")]
internal sealed class UserAdminController(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, UserDirectory directory, StaffRoleGuard guard) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, string? notice = null, CancellationToken cancellationToken = default)
    {
        var (found, hasMore) = await directory.SearchAsync(q, page, cancellationToken);
        return View(new UserListPage { Query = q, Page = Math.Max(page, 1), HasMore = hasMore, Users = found, Notice = notice });
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() =>
        View("Edit", await PageAsync(null, new UserEditForm { Roles = [StandardRoles.Customer] }, false));

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(UserEditForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var page = await PageAsync(null, Retyped(form), false);
        page.Errors.AddRange(FormChecks.Required(form.UserName, "用户名", "User name")
            .Concat(FormChecks.Email(form.Email))
            .Concat(FormChecks.NewPassword(form.Password, form.ConfirmPassword))
            .Concat(UnknownRoles(form.Roles, page.AllRoles))
            .Select(e => e.ToString()));
        if (page.Errors.Count > 0)
        {
            return View("Edit", page);
        }

        var staffRoles = await StaffRolesAsync(form.Roles);
        if (await StaffChangeGateAsync(staffRoles, staffRoles.Count > 0, page, cancellationToken) is { } gate)
        {
            return gate;
        }

        var user = new IdentityUser(form.UserName!.Trim()) { Email = form.Email!.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, form.Password!);
        if (created.Succeeded && form.Roles.Count > 0)
        {
            created = await users.AddToRolesAsync(user, form.Roles.Distinct(StringComparer.Ordinal));
        }

        if (!created.Succeeded)
        {
            page.Errors.AddRange(BilingualIdentityError.Of(created).Select(e => e.ToString()));
            return View("Edit", page);
        }

        return RedirectToAction(nameof(Index), new { notice = new Bilingual($"已创建用户 {user.UserName}", $"User {user.UserName} created").ToString() });
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var form = new UserEditForm { UserName = user.UserName, Email = user.Email, Roles = [.. await users.GetRolesAsync(user)] };
        return View(await PageAsync(user, form, await users.IsLockedOutAsync(user)));
    }

    [HttpPost("{id}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string id, UserEditForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        form.UserName = user.UserName;
        var page = await PageAsync(user, Retyped(form), await users.IsLockedOutAsync(user));
        var current = await users.GetRolesAsync(user);
        var wanted = form.Roles.Distinct(StringComparer.Ordinal).ToList();
        page.Errors.AddRange(FormChecks.Email(form.Email).Concat(UnknownRoles(wanted, page.AllRoles)).Select(e => e.ToString()));
        if (current.Contains(StandardRoles.Administrator) && !wanted.Contains(StandardRoles.Administrator) && await IsLastAdministratorAsync())
        {
            page.Errors.Add(new Bilingual("不能移除最后一位管理员的管理员角色", "The last Administrator cannot lose the Administrator role").ToString());
        }

        if (page.Errors.Count > 0)
        {
            return View(page);
        }

        // A staff member's e-mail is the way to their password, so changing it is a staff change like a role.
        var emailChanged = !string.Equals(user.Email, form.Email!.Trim(), StringComparison.OrdinalIgnoreCase);
        var touched = await StaffRolesAsync(wanted.Except(current).Concat(current.Except(wanted)));
        var touchesStaff = touched.Count > 0 || (emailChanged && await Guard.IsStaffAsync(user));
        if (await StaffChangeGateAsync(await StaffRolesAsync(wanted.Except(current)), touchesStaff, page, cancellationToken) is { } gate)
        {
            return gate;
        }

        var result = await users.SetEmailAsync(user, form.Email!.Trim());
        if (result.Succeeded)
        {
            result = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        }

        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, wanted.Except(current));
        }

        if (!result.Succeeded)
        {
            page.Errors.AddRange(BilingualIdentityError.Of(result).Select(e => e.ToString()));
            return View(page);
        }

        return RedirectToAction(nameof(Index), new { notice = new Bilingual($"已保存用户 {user.UserName}", $"User {user.UserName} saved").ToString() });
    }

    [HttpPost("{id}/lock")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Lock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            return RedirectToAction(nameof(Index), new { notice = new Bilingual("不能锁定自己的账户", "You cannot lock your own account").ToString() });
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        // A new security stamp ends the sessions the user already has.
        await users.UpdateSecurityStampAsync(user);
        return RedirectToAction(nameof(Index), new { notice = new Bilingual($"已锁定 {user.UserName}", $"{user.UserName} locked").ToString() });
    }

    [HttpPost("{id}/unlock")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return RedirectToAction(nameof(Index), new { notice = new Bilingual($"已解锁 {user.UserName}", $"{user.UserName} unlocked").ToString() });
    }

    private StaffRoleGuard Guard => guard;

    private async Task<List<string>> StaffRolesAsync(IEnumerable<string> names)
    {
        var staff = new List<string>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (await Guard.IsStaffRoleAsync(name))
            {
                staff.Add(name);
            }
        }

        return staff;
    }

    /// <summary>A change that touches staff needs ManageStaffRoles, no role beyond the actor's own power, and sudo mode.</summary>
    private async Task<IActionResult?> StaffChangeGateAsync(IReadOnlyList<string> addedStaffRoles, bool touchesStaff, UserEditPage page, CancellationToken cancellationToken)
    {
        if (!touchesStaff)
        {
            return null;
        }

        if (await Guard.RefusalForRolesAsync(User, addedStaffRoles) is { } refusal)
        {
            page.Errors.Add(refusal.ToString());
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return View("Edit", page);
        }

        return await Guard.HasSudoAsync(User, cancellationToken) ? null : Redirect(SudoConfirmation.UrlFor(Request));
    }

    private async Task<UserEditPage> PageAsync(IdentityUser? user, UserEditForm form, bool lockedOut) => new()
    {
        Id = user?.Id,
        Form = form,
        AllRoles = await roles.Roles.OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(),
        IsLockedOut = lockedOut,
    };

    /// <summary>What the page shows back: never the password.</summary>
    private static UserEditForm Retyped(UserEditForm form) => new() { UserName = form.UserName, Email = form.Email, Roles = form.Roles };

    private static IEnumerable<Bilingual> UnknownRoles(IEnumerable<string> chosen, IReadOnlyList<string> known) =>
        chosen.Where(r => !known.Contains(r)).Select(r => new Bilingual($"角色“{r}”不存在", $"Role '{r}' does not exist"));

    private async Task<bool> IsLastAdministratorAsync() => (await users.GetUsersInRoleAsync(StandardRoles.Administrator)).Count <= 1;
}

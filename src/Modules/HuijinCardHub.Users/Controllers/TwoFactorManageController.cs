using System.Text;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Users.Domain;
using HuijinCardHub.Users.Models;
using HuijinCardHub.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Users.Controllers;

/// <summary>Turns TOTP two-factor sign-in on (shared key + otpauth URI, confirmed with a code) and off.</summary>
[Authorize]
[Route("account/manage/two-factor")]
internal sealed class TwoFactorManageController(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, ISiteAccessor sites) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(await BuildPageAsync(user, cancellationToken));
    }

    [HttpPost("enable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Enable(EnableTwoFactorForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.IsCurrentCodeAsync(user, form.Code))
        {
            var page = await BuildPageAsync(user, cancellationToken);
            page.Errors.Add(new Bilingual("验证码不正确，请确认手机时间准确后重试", "The code is not correct; check your phone's clock and try again").ToString());
            return View(nameof(Index), page);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        var done = await BuildPageAsync(user, cancellationToken);
        done.Notice = new Bilingual("两步验证已开启", "Two-factor sign-in is on").ToString();
        return View(nameof(Index), done);
    }

    [HttpPost("disable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Disable(EnableTwoFactorForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // Asking for a current code keeps someone at an unattended browser from switching it off.
        if (!await users.IsCurrentCodeAsync(user, form.Code))
        {
            var page = await BuildPageAsync(user, cancellationToken);
            page.Errors.Add(new Bilingual("验证码不正确", "The code is not correct").ToString());
            return View(nameof(Index), page);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        var done = await BuildPageAsync(user, cancellationToken);
        done.Notice = new Bilingual("两步验证已关闭", "Two-factor sign-in is off").ToString();
        return View(nameof(Index), done);
    }

    private async Task<TwoFactorManagePage> BuildPageAsync(IdentityUser user, CancellationToken cancellationToken)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        var roles = await users.GetRolesAsync(user);
        var issuer = (await sites.GetCurrentAsync(cancellationToken)).Name;
        return new TwoFactorManagePage
        {
            IsEnabled = user.TwoFactorEnabled,
            IsStaff = roles.Any(StaffRoles.All.Contains),
            SharedKey = Grouped(key),
            AuthenticatorUri = AuthenticatorUri(issuer, user.Email ?? user.UserName ?? user.Id, key),
        };
    }

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    private static string AuthenticatorUri(string issuer, string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
}

using HuijinCardHub.Admin;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using HuijinCardHub.Users.Models;
using HuijinCardHub.Users.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Users.Controllers;

/// <summary>
/// Sudo mode: a staff member confirms a current authenticator code before an action that changes where mail, money or
/// webhooks go, changes staff roles, or reveals codes. The confirmation is a claim in the re-issued sign-in cookie.
/// Staff without two-factor sign-in cannot pass: the page says so and links to enrolment.
/// </summary>
[RequirePermission("AccessAdmin")]
[Route("admin/sudo")]
internal sealed class SudoController(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, SudoMode sudo, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? returnUrl)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Response.Headers.CacheControl = "no-store";
        return View(new SudoPage { ReturnUrl = LocalOrNull(returnUrl), HasTwoFactor = user.TwoFactorEnabled });
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index(SudoForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var page = new SudoPage { ReturnUrl = LocalOrNull(form.ReturnUrl), HasTwoFactor = user.TwoFactorEnabled };
        if (!user.TwoFactorEnabled)
        {
            return View(page);
        }

        // Wrong codes count towards the account's lockout, so a borrowed session cannot try a million codes here.
        if (await users.IsLockedOutAsync(user))
        {
            page.Errors.Add(new Bilingual("验证码错误次数过多，请稍后再试", "Too many wrong codes; try again later").ToString());
            return View(page);
        }

        if (!await users.IsCurrentCodeAsync(user, form.Code))
        {
            await users.AccessFailedAsync(user);
            await AuditAsync("sudo.failed", user, cancellationToken);
            page.Errors.Add(new Bilingual("验证码不正确", "The code is not correct").ToString());
            return View(page);
        }

        await users.ResetAccessFailedCountAsync(user);
        // Same cookie lifetime and "remember me" as before, plus the confirmation time.
        var current = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await signIn.SignInWithClaimsAsync(user, current.Properties ?? new AuthenticationProperties(), [sudo.ConfirmedNow()]);
        await AuditAsync("sudo.confirm", user, cancellationToken);
        return LocalRedirect(page.ReturnUrl ?? "~/admin");
    }

    private Task AuditAsync(string action, IdentityUser user, CancellationToken cancellationToken) =>
        desk.AuditAsync(action, user.UserName ?? user.Id, null, cancellationToken);

    private string? LocalOrNull(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}

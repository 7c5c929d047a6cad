using System.Net;
using HuijinCardHub.Events;
using HuijinCardHub.Security;
using HuijinCardHub.Settings;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Users.Domain;
using HuijinCardHub.Users.Models;
using HuijinCardHub.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Users.Controllers;

/// <summary>Opening an account (when the shop allows it) and resetting a forgotten password by e-mailed link.</summary>
[AllowAnonymous]
[Route("account")]
internal sealed class AccountRecoveryController(
    UserManager<IdentityUser> users,
    SignInManager<IdentityUser> signIn,
    ISettingsStore settings,
    IEventPublisher events,
    IPublicLinks links,
    MailQueue mailQueue) : Controller
{
    [HttpGet("register")]
    public async Task<IActionResult> Register(CancellationToken cancellationToken)
    {
        if (!await RegistrationOpenAsync(cancellationToken))
        {
            return View("RegistrationClosed");
        }

        return View(new FormPage<RegisterForm>(new RegisterForm()));
    }

    [HttpPost("register")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Register(RegisterForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await RegistrationOpenAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return View("RegistrationClosed");
        }

        var page = new FormPage<RegisterForm>(new RegisterForm { UserName = form.UserName, Email = form.Email });
        page.Errors.AddRange(FormChecks.Required(form.UserName, "用户名", "User name")
            .Concat(FormChecks.Email(form.Email))
            .Concat(FormChecks.NewPassword(form.Password, form.ConfirmPassword))
            .Select(e => e.ToString()));
        if (page.Errors.Count > 0)
        {
            return View(page);
        }

        var user = new IdentityUser(form.UserName!.Trim()) { Email = form.Email!.Trim() };
        var created = await users.CreateAsync(user, form.Password!);
        if (!created.Succeeded)
        {
            page.Errors.AddRange(BilingualIdentityError.Of(created).Select(e => e.ToString()));
            return View(page);
        }

        await users.AddToRoleAsync(user, StandardRoles.Customer);
        await events.PublishAsync(new UserRegistered(user.Id, user.UserName!, user.Email), cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false);
        await events.PublishAsync(new UserSignedIn(user.Id, user.UserName!, HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        return LocalRedirect("~/");
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new FormPage<ForgotPasswordForm>(new ForgotPasswordForm()));

    [HttpPost("forgot-password")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var page = new FormPage<ForgotPasswordForm>(new ForgotPasswordForm { Email = form.Email });
        page.Errors.AddRange(FormChecks.Email(form.Email).Select(e => e.ToString()));
        if (page.Errors.Count > 0)
        {
            return View(page);
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        var mail = mailQueue;
        if (user?.Email is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            // From the site's configured public address, never the Host header: a forged one would receive the token.
            var link = await links.BuildAsync(
                $"/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}", cancellationToken: cancellationToken);
            var subject = new Bilingual("重置密码", "Reset your password");
            var body = new Bilingual(
                $"<p>您好 {WebUtility.HtmlEncode(user.UserName)}，</p><p>请点击以下链接重置密码（链接只能使用一次）：</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p><p>如果不是您本人操作，请忽略本邮件。</p>",
                $"<p>Hello {WebUtility.HtmlEncode(user.UserName)},</p><p>Follow this link to reset your password (it works once):</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p><p>If you did not ask for this, ignore this e-mail.</p>");
            await mail.QueueAsync(new MailContent(user.Email, subject.ToString(), body.ToString()), cancellationToken);
        }
        else
        {
            // An unknown address does the same work, a token and a queued message (one that sends nothing), so the
            // time taken does not tell either.
            await users.GeneratePasswordResetTokenAsync(new IdentityUser());
            await mail.QueueAsync(null, cancellationToken);
        }

        // The same answer whether or not the address has an account, so the page cannot be used to find accounts.
        return View("ForgotPasswordSent");
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? token) =>
        View(new FormPage<ResetPasswordForm>(new ResetPasswordForm { UserId = userId, Token = token }));

    [HttpPost("reset-password")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var page = new FormPage<ResetPasswordForm>(new ResetPasswordForm { UserId = form.UserId, Token = form.Token });
        var invalidLink = new Bilingual("重置链接无效或已过期，请重新申请", "The reset link is invalid or has expired; ask for a new one").ToString();
        if (string.IsNullOrEmpty(form.UserId) || string.IsNullOrEmpty(form.Token))
        {
            page.Errors.Add(invalidLink);
            return View(page);
        }

        page.Errors.AddRange(FormChecks.NewPassword(form.Password, form.ConfirmPassword).Select(e => e.ToString()));
        if (page.Errors.Count > 0)
        {
            return View(page);
        }

        var user = await users.FindByIdAsync(form.UserId);
        if (user is null)
        {
            page.Errors.Add(invalidLink);
            return View(page);
        }

        var reset = await users.ResetPasswordAsync(user, form.Token, form.Password!);
        if (!reset.Succeeded)
        {
            page.Errors.AddRange(BilingualIdentityError.Of(reset).Select(e => e.ToString()));
            return View(page);
        }

        return View("ResetPasswordDone");
    }

    private async Task<bool> RegistrationOpenAsync(CancellationToken cancellationToken) =>
        (await settings.GetAsync<UsersSettings>(cancellationToken)).AllowRegistration;
}

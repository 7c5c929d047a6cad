using HuijinCardHub.Text;
using HuijinCardHub.Users.Models;
using HuijinCardHub.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Users.Controllers;

/// <summary>Sign-in with password, lockout, per-address rate limit and the TOTP step; sign-out; the denied page.</summary>
[AllowAnonymous]
[Route("account")]
internal sealed class AccountController(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, LoginRateLimiter rateLimiter, SignInRecorder recorder)
    : Controller
{
    private static readonly Bilingual BadCredentials = new("用户名或密码不正确", "Incorrect user name or password");

    private readonly SignInManager<IdentityUser> _signIn = signIn;
    private readonly UserManager<IdentityUser> _users = users;

    private LoginRateLimiter RateLimiter => rateLimiter;

    private SignInRecorder Recorder => recorder;

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new FormPage<LoginForm>(new LoginForm { ReturnUrl = returnUrl }));

    [HttpPost("login")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var page = new FormPage<LoginForm>(new LoginForm { UserName = form.UserName, RememberMe = form.RememberMe, ReturnUrl = form.ReturnUrl });
        if (!RateLimiter.TryAcquire(RemoteIp))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            page.Errors.Add(new Bilingual("登录尝试过于频繁，请一分钟后再试", "Too many sign-in attempts; try again in a minute").ToString());
            return View(page);
        }

        page.Errors.AddRange(FormChecks.Required(form.UserName, "用户名", "User name")
            .Concat(FormChecks.Required(form.Password, "密码", "Password"))
            .Select(e => e.ToString()));
        if (page.Errors.Count > 0)
        {
            return View(page);
        }

        var user = await FindAsync(form.UserName!.Trim());
        if (user is null)
        {
            // An unknown name costs a password hash too, so the time taken does not tell which names have accounts.
            UnknownUserPassword.Check(_users.PasswordHasher, form.Password!);
            page.Errors.Add(BadCredentials.ToString());
            return View(page);
        }

        var result = await _signIn.PasswordSignInAsync(user, form.Password!, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(await Recorder.CompleteAsync(user, RemoteIp, form.ReturnUrl, Url.IsLocalUrl, cancellationToken));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TwoFactor), new { returnUrl = form.ReturnUrl, rememberMe = form.RememberMe });
        }

        page.Errors.Add(result.IsLockedOut ? LockedOut(user).ToString() : BadCredentials.ToString());
        return View(page);
    }

    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor(string? returnUrl, bool rememberMe)
    {
        if (await _signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl });
        }

        return View(new FormPage<TwoFactorForm>(new TwoFactorForm { ReturnUrl = returnUrl, RememberMe = rememberMe }));
    }

    [HttpPost("two-factor")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> TwoFactor(TwoFactorForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await _signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = form.ReturnUrl });
        }

        var page = new FormPage<TwoFactorForm>(new TwoFactorForm { ReturnUrl = form.ReturnUrl, RememberMe = form.RememberMe });
        var code = FormChecks.CleanCode(form.Code);
        if (code.Length != 6)
        {
            page.Errors.Add(new Bilingual("请输入身份验证器上的 6 位验证码", "Enter the 6-digit code from your authenticator app").ToString());
            return View(page);
        }

        var result = await _signIn.TwoFactorAuthenticatorSignInAsync(code, form.RememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(await Recorder.CompleteAsync(user, RemoteIp, form.ReturnUrl, Url.IsLocalUrl, cancellationToken));
        }

        page.Errors.Add(result.IsLockedOut
            ? LockedOut(user).ToString()
            : new Bilingual("验证码不正确", "The code is not correct").ToString());
        return View(page);
    }

    [HttpPost("logout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await _signIn.SignOutAsync();
        return LocalRedirect("~/");
    }

    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private string? RemoteIp => HttpContext.Connection.RemoteIpAddress?.ToString();

    private async Task<IdentityUser?> FindAsync(string nameOrEmail) =>
        await _users.FindByNameAsync(nameOrEmail) ?? (nameOrEmail.Contains('@', StringComparison.Ordinal) ? await _users.FindByEmailAsync(nameOrEmail) : null);

    private static Bilingual LockedOut(IdentityUser user)
    {
        var minutes = user.LockoutEnd is { } end ? Math.Max(1, (int)Math.Ceiling((end - DateTimeOffset.UtcNow).TotalMinutes)) : 15;
        return new Bilingual(
            $"密码错误次数过多，账户已锁定，请 {minutes} 分钟后再试",
            $"Too many failed attempts: the account is locked, try again in {minutes} minutes");
    }
}

using System.Net;
using HuijinCardHub.Settings;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Shop;

/// <summary>Staff and members signing in, getting locked out, resetting a password.</summary>
public sealed class UsersTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    [Fact]
    public async Task The_admin_signs_in_and_sees_the_admin_with_its_menu()
    {
        var browser = shop.CreateBrowser();
        var signIn = await browser.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var admin = await browser.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        var html = await admin.Content.ReadAsStringAsync();
        Assert.Contains("/admin/features", html, StringComparison.Ordinal);
        Assert.Contains("/admin/pages", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var browser = shop.CreateBrowser();
        await browser.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["UserName"] = "buyer1", ["Email"] = "buyer1@example.com", ["Password"] = "Buyer2026pass", ["ConfirmPassword"] = "Buyer2026pass",
        });
        var stranger = shop.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            await stranger.SignInAsync("buyer1", "wrong-password-1");
        }

        var locked = await stranger.SignInAsync("buyer1", "Buyer2026pass");
        var html = await locked.Content.ReadAsStringAsync();
        Assert.NotEqual(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Contains("锁定", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_switched_off_in_settings_is_refused_with_a_clear_page()
    {
        await using (var scope = await shop.ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<ISettingsStore>().SaveRawAsync("Users", """{"allowRegistration": false}""");
        }

        try
        {
            var page = await shop.CreateBrowser().GetStringAsync("/account/register");
            Assert.Contains("暂不开放注册", page, StringComparison.Ordinal);
            Assert.DoesNotContain("name=\"ConfirmPassword\"", page, StringComparison.Ordinal);
        }
        finally
        {
            await using var scope = await shop.ShellScopeAsync();
            await scope.ServiceProvider.GetRequiredService<ISettingsStore>().SaveRawAsync("Users", """{"allowRegistration": true}""");
        }
    }

    [Fact]
    public async Task A_password_reset_link_arrives_by_mail()
    {
        var browser = shop.CreateBrowser();
        await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "admin@example.com" });
        List<string> Mail() => Directory.Exists(shop.MailFolder())
            ? [.. Directory.GetFiles(shop.MailFolder(), "*.eml").Select(f => MimeKit.MimeMessage.Load(f).HtmlBody ?? "")]
            : [];
        await Eventually.TrueAsync(() => Mail().Any(m => m.Contains("reset-password", StringComparison.Ordinal)), "the reset mail");
    }
}

/// <summary>A shop with a tight login allowance, to see the limiter answer.</summary>
public sealed class ThrottledShopFactory : ShopFactory
{
    protected override int LoginAttemptsPerMinute => 3;
}

public sealed class LoginThrottleTests(ThrottledShopFactory shop) : IClassFixture<ThrottledShopFactory>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_in_a_minute_are_answered_with_429()
    {
        var browser = shop.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await browser.SignInAsync("nobody", "Wrong2026pass")).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}

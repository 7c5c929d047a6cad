using System.Net;
using System.Text.RegularExpressions;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Security;

/// <summary>
/// Whether an account exists must not show: signing in with an unknown name does the same password work and gets the
/// same answer as a wrong password; "forgot password" answers the same for any address.
/// </summary>
public sealed partial class AccountEnumerationTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    [GeneratedRegex("<div class=\"alert[^\"]*\"[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex AlertPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task Signing_in_with_an_unknown_name_checks_a_password_and_answers_like_a_wrong_password()
    {
        await using (var scope = await shop.ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IShellFeatures>().EnableAsync(["HuijinCardHub.Tests.CountingHasher"]);
        }

        var before = CountingHasher.Checks;
        var unknown = await shop.CreateBrowser().SignInAsync("nobody-" + Guid.NewGuid().ToString("N")[..8], "Wrong2026pass");
        Assert.Equal(before + 1, CountingHasher.Checks);

        var wrong = await shop.CreateBrowser().SignInAsync(ShopFactory.AdminUserName, "Wrong2026pass");
        Assert.Equal(before + 2, CountingHasher.Checks);

        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        var unknownAlert = AlertPattern().Match(await unknown.Content.ReadAsStringAsync()).Value;
        Assert.Contains("用户名或密码不正确", unknownAlert, StringComparison.Ordinal);
        Assert.Equal(AlertPattern().Match(await wrong.Content.ReadAsStringAsync()).Value, unknownAlert);
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_an_address_with_and_without_an_account()
    {
        // The same work either way: each request queues one message and sends nothing itself (SMTP is slow, and a
        // request that waited for it would tell which address has an account).
        var queued = await QueuedAccountMailsAsync();
        var known = await shop.CreateBrowser().SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "admin@example.com" });
        Assert.Equal(queued + 1, await QueuedAccountMailsAsync());
        var unknown = await shop.CreateBrowser().SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "nobody@example.com" });
        Assert.Equal(queued + 2, await QueuedAccountMailsAsync());

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(
            TokenPattern().Replace(await known.Content.ReadAsStringAsync(), ""),
            TokenPattern().Replace(await unknown.Content.ReadAsStringAsync(), ""));

        // The real account still gets its link, sent after the answer.
        await Eventually.TrueAsync(() => Directory.Exists(shop.MailFolder())
            && Directory.GetFiles(shop.MailFolder(), "*.eml").Any(f => File.ReadAllText(f).Contains("admin@example.com", StringComparison.Ordinal)), "the reset mail");
        Assert.DoesNotContain(Directory.GetFiles(shop.MailFolder(), "*.eml"), f => File.ReadAllText(f).Contains("nobody@example.com", StringComparison.Ordinal));
    }

    private async Task<long> QueuedAccountMailsAsync()
    {
        await using var scope = await shop.ShellScopeAsync();
        var database = scope.ServiceProvider.GetRequiredService<HuijinCardHub.Data.IShellDatabase>();
        if (database.Connection.State != System.Data.ConnectionState.Open)
        {
            await database.Connection.OpenAsync();
        }

        await using var count = database.Connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM \"Kernel_Outbox\" WHERE \"Topic\" = 'users.mail'";
        return Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

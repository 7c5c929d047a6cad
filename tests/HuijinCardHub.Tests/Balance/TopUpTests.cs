using System.Net;
using System.Text.RegularExpressions;
using HuijinCardHub.Settings;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Balance;

/// <summary>A member tops up in the member centre: refused while the test channel is off, credited once when on.</summary>
public sealed partial class TopUpTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"RequestId\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex RequestIdPattern();

    [GeneratedRegex("id=\"balance-amount\">([^<]+)<")]
    private static partial Regex BalancePattern();

    [Fact]
    public async Task The_instant_channel_is_refused_when_off_and_credits_once_when_switched_on()
    {
        await (await shop.ScopeAsync()).DisposeAsync();
        var member = await RegisterAsync();

        var closed = await member.GetStringAsync("/account/balance");
        Assert.Contains("充值通道暂未开放", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"RequestId\"", closed, StringComparison.Ordinal);

        // A form loaded while the channel was open, posted after it closed.
        await SwitchChannelAsync(true);
        var open = await member.GetStringAsync("/account/balance");
        await SwitchChannelAsync(false);
        var refused = await PostTopUpAsync(member, open, "50", RequestIdPattern().Match(open).Groups[1].Value);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("充值通道暂未开放", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await SwitchChannelAsync(true);
        Assert.Equal("¥0.00", BalancePattern().Match(open).Groups[1].Value);
        var requestId = RequestIdPattern().Match(open).Groups[1].Value;
        foreach (var bad in new[] { "0", "-5", "1.234", "abc", "100000.01", "" })
        {
            var response = await PostTopUpAsync(member, open, bad, requestId);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        var paid = await PostTopUpAsync(member, open, "50.5", requestId);
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var twice = await PostTopUpAsync(member, open, "50.5", requestId);
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);

        var after = await member.GetStringAsync("/account/balance");
        Assert.Equal("¥50.50", BalancePattern().Match(after).Groups[1].Value);
        Assert.Single(Regex.Matches(WebUtility.HtmlDecode(after), "\\+50\\.50"));

        await SwitchChannelAsync(false);
        var off = await PostTopUpAsync(member, after, "10", RequestIdPattern().Match(after).Groups[1].Value);
        Assert.Equal(HttpStatusCode.BadRequest, off.StatusCode);
        Assert.Equal("¥50.50", BalancePattern().Match(await member.GetStringAsync("/account/balance")).Groups[1].Value);
    }

    [Fact]
    public async Task The_balance_page_asks_a_visitor_to_sign_in()
    {
        await (await shop.ScopeAsync()).DisposeAsync();
        var response = await shop.CreateBrowser().GetAsync("/account/balance");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_find_a_member_by_name_and_an_adjustment_without_a_reason_is_refused()
    {
        await (await shop.ScopeAsync()).DisposeAsync();
        var name = "wallet" + Guid.NewGuid().ToString("N")[..8];
        await RegisterAsync(name);
        var admin = shop.CreateBrowser();
        await admin.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword);

        var search = await admin.GetStringAsync("/admin/balances?q=" + name.ToUpperInvariant());
        var userId = Regex.Match(search, "balances\\?user=([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(userId), "the member was not found by name");

        var page = "/admin/balances?user=" + userId;
        var form = await admin.GetStringAsync(page);
        var noReason = await admin.SubmitAsync(page, new Dictionary<string, string> { ["UserId"] = Uri.UnescapeDataString(userId), ["Amount"] = "5", ["Reason"] = "", ["RequestId"] = RequestIdPattern().Match(form).Groups[1].Value }, "/admin/balances/adjust");
        Assert.Equal(HttpStatusCode.Redirect, noReason.StatusCode);
        Assert.Contains("¥0.00", await admin.GetStringAsync(page), StringComparison.Ordinal);

        form = await admin.GetStringAsync(page);
        await admin.SubmitAsync(page, new Dictionary<string, string> { ["UserId"] = Uri.UnescapeDataString(userId), ["Amount"] = "12.30", ["Reason"] = "活动补偿", ["RequestId"] = RequestIdPattern().Match(form).Groups[1].Value }, "/admin/balances/adjust");
        var adjusted = await admin.GetStringAsync(page);
        Assert.Contains("¥12.30", adjusted, StringComparison.Ordinal);
        Assert.Contains("活动补偿", adjusted, StringComparison.Ordinal);
        Assert.Contains("ledger-intact", await admin.GetStringAsync("/admin/balances/verify"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adjustment_form_posted_twice_and_at_once_credits_once()
    {
        await (await shop.ScopeAsync()).DisposeAsync();
        var name = "twice" + Guid.NewGuid().ToString("N")[..8];
        await RegisterAsync(name);
        var admin = shop.CreateBrowser();
        await admin.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword);
        var search = await admin.GetStringAsync("/admin/balances?q=" + name);
        var userId = Uri.UnescapeDataString(Regex.Match(search, "balances\\?user=([^\"]+)\"").Groups[1].Value);
        var page = "/admin/balances?user=" + Uri.EscapeDataString(userId);

        var form = await admin.GetStringAsync(page);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(form).Groups[1].Value),
            ["UserId"] = userId,
            ["Amount"] = "20.00",
            ["Reason"] = "双击补偿",
            ["RequestId"] = RequestIdPattern().Match(form).Groups[1].Value,
        };
        Task<HttpResponseMessage> Post() => admin.PostAsync("/admin/balances/adjust", new FormUrlEncodedContent(fields));

        // A double click, then the same form sent at once from several tabs (or to several nodes).
        Assert.Equal(HttpStatusCode.Redirect, (await Post()).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Post()).StatusCode);
        var together = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Post()));
        Assert.All(together, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        var after = await admin.GetStringAsync(page);
        Assert.Contains("¥20.00", after, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(after, "双击补偿"));

        // A new form (a fresh id) is a new decision.
        fields["RequestId"] = RequestIdPattern().Match(after).Groups[1].Value;
        await Post();
        Assert.Contains("¥40.00", await admin.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Contains("ledger-intact", await admin.GetStringAsync("/admin/balances/verify"), StringComparison.Ordinal);
    }

    private async Task<HttpClient> RegisterAsync(string? name = null)
    {
        name ??= "member" + Guid.NewGuid().ToString("N")[..8];
        var browser = shop.CreateBrowser();
        var registered = await browser.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["UserName"] = name,
            ["Email"] = name + "@example.com",
            ["Password"] = "Wallet2026pass",
            ["ConfirmPassword"] = "Wallet2026pass",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        return browser;
    }

    private static async Task<HttpResponseMessage> PostTopUpAsync(HttpClient member, string page, string amount, string requestId)
    {
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Amount"] = amount,
            ["RequestId"] = requestId,
            ["__RequestVerificationToken"] = token,
        });
        return await member.PostAsync("/account/balance/top-up", content);
    }

    private async Task SwitchChannelAsync(bool on)
    {
        await using var scope = await shop.ScopeAsync();
        await scope.ServiceProvider.GetRequiredService<ISettingsStore>()
            .SaveRawAsync("Balance", on ? "{\"instantTestChannel\":true}" : "{\"instantTestChannel\":false}");
    }
}

using System.Text.RegularExpressions;
using HuijinCardHub.E2E.Harness;
using Microsoft.Playwright;

namespace HuijinCardHub.E2E;

/// <summary>
/// A member of an Arcade-themed game shop: registers, is credited by the merchant, pays an order with the balance,
/// and finds it in the member centre. A shop of its own: it wears another theme than the shared one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class BuyerMemberBalanceTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task A_member_credited_by_the_merchant_buys_with_balance_in_Arcade_and_sees_the_order_in_the_member_centre()
    {
        var setup = GameCardShop.Setup with { SiteName = "电玩点卡城" };
        await using var session = await ShopSession.StartAsync(browser, output, setup);
        var host = session.Host;
        var merchant = session.Page;
        var member = await browser.NewPageAsync();
        try
        {
            await ShopPages.SignInAsync(merchant, host, setup.AdminUserName, setup.AdminPassword);
            // The template's codes are samples: a shop sells them only while it is tried out with the sandbox on.
            await MerchantSteps.TurnOnSandboxChannelAsync(merchant, host);
            await MerchantSteps.UseSiteThemeAsync(merchant, host, "Arcade");

            const string userName = "arcade_player";
            await member.GotoAsync(ShopPages.Url(host, "/account/register"));
            await member.Locator("form [name=UserName]").FillAsync(userName);
            await member.Locator("form [name=Email]").FillAsync("arcade.player@example.com");
            await member.Locator("form [name=Password]").FillAsync("Arcade2026pass");
            await member.Locator("form [name=ConfirmPassword]").FillAsync("Arcade2026pass");
            await PageLoads.ClickAndWaitForNewPageAsync(member, member.Locator("form button[type=submit]"));
            Assert.Equal("/", new Uri(member.Url).AbsolutePath);
            Assert.Equal(1, await member.Locator("link[href*='HuijinCardHub.Themes.Arcade']").CountAsync());

            var shown = await MerchantSteps.AdjustBalanceAsync(merchant, host, userName, "100.00", "新会员体验金");
            Assert.Equal("¥100.00", shown);

            await member.Locator("nav.category-nav a", new PageLocatorOptions { HasText = "热门网游" }).ClickAsync();
            await member.Locator("a.goods-card", new PageLocatorOptions { HasText = "Q币充值卡" }).ClickAsync();
            await member.WaitForURLAsync("**/goods/qq-coins", PageLoads.Arrived);
            Assert.Equal(1, await member.Locator("link[href*='HuijinCardHub.Themes.Arcade']").CountAsync());
            var orderNo = await StorefrontSteps.BuyNowAsync(member, "10元", contact: null, queryPassword: null);

            Assert.Equal("待支付", (await StorefrontSteps.StatusAsync(member)).Trim());
            var payWithBalance = member.Locator("form[action$='/pay'] button", new PageLocatorOptions { HasText = StorefrontSteps.BalanceChannel });
            Assert.Contains("¥9.90", await payWithBalance.InnerTextAsync(), StringComparison.Ordinal);
            await StorefrontSteps.PayAsync(member, StorefrontSteps.BalanceChannel);

            Assert.Equal("已发货", (await StorefrontSteps.StatusAsync(member)).Trim());
            Assert.Matches(TenYuanQqCode(), Assert.Single(await StorefrontSteps.CodesAsync(member)));
            Assert.Contains(StorefrontSteps.BalanceChannel, await member.InnerTextAsync("main"), StringComparison.Ordinal);

            await member.GotoAsync(ShopPages.Url(host, "/account/orders"));
            var row = member.Locator("a[href$='/order/" + orderNo + "']");
            Assert.Equal(1, await row.CountAsync());
            Assert.Contains("已发货", await row.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("Q币充值卡", await row.InnerTextAsync(), StringComparison.Ordinal);

            await member.GotoAsync(ShopPages.Url(host, "/account/balance"));
            Assert.Equal("¥90.10", (await member.InnerTextAsync("#balance-amount")).Trim());
        }
        finally
        {
            await member.Context.CloseAsync();
        }
    }

    [GeneratedRegex(@"^QB1\d{7} \d{6}$")]
    private static partial Regex TenYuanQqCode();
}

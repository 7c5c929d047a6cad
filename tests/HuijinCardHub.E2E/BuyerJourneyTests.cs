using System.Text.RegularExpressions;
using HuijinCardHub.E2E.Harness;
using Microsoft.Playwright;

namespace HuijinCardHub.E2E;

/// <summary>
/// A guest buying a game card in the Jade storefront and finding the order again later, as a person would.
/// The shop is the shared game-card shop (sandbox channel on, Jade); each test buys its own order.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class BuyerJourneyTests(BrowserFixture browser, GameCardShop shop, ITestOutputHelper output)
{
    private const string QueryPassword = "jade-2026";

    [Fact]
    public async Task A_guest_finds_QQ_coins_in_Jade_pays_in_the_sandbox_and_sees_the_code()
    {
        var host = await shop.OpenAsync(browser);
        var page = await browser.NewPageAsync();
        try
        {
            await page.GotoAsync(ShopPages.Url(host, "/"));
            Assert.Equal(1, await page.Locator("link[href*='HuijinCardHub.Themes.Jade']").CountAsync());
            await page.Locator("nav.category-nav a", new PageLocatorOptions { HasText = "热门网游" }).ClickAsync();
            await page.Locator("a.goods-card", new PageLocatorOptions { HasText = "Q币充值卡" }).ClickAsync();
            await page.WaitForURLAsync("**/goods/qq-coins", PageLoads.Arrived);
            Assert.Contains("有货", await StorefrontSteps.Variant(page, "10元").InnerTextAsync(), StringComparison.Ordinal);

            var orderNo = await StorefrontSteps.BuyNowAsync(page, "10元", "jade.buyer@example.com", QueryPassword);

            Assert.Equal("待支付", (await StorefrontSteps.StatusAsync(page)).Trim());
            Assert.Contains(orderNo, await page.InnerTextAsync("h1"), StringComparison.Ordinal);
            Assert.Empty(await StorefrontSteps.CodesAsync(page));
            var sandbox = page.Locator("form[action$='/pay'] button", new PageLocatorOptions { HasText = StorefrontSteps.SandboxChannel });
            Assert.Contains("¥9.90", await sandbox.InnerTextAsync(), StringComparison.Ordinal);

            await StorefrontSteps.PayAsync(page, StorefrontSteps.SandboxChannel);

            Assert.Equal("已发货", (await StorefrontSteps.StatusAsync(page)).Trim());
            Assert.Contains("支付成功", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
            var code = Assert.Single(await StorefrontSteps.CodesAsync(page));
            Assert.Matches(TenYuanQqCode(), code);
        }
        catch
        {
            host.WriteOutputTo(output);
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_guest_finds_the_order_again_with_the_right_query_password_and_not_with_a_wrong_one()
    {
        var host = await shop.OpenAsync(browser);
        var buyer = await browser.NewPageAsync();
        var later = await browser.NewPageAsync();
        var stranger = await browser.NewPageAsync();
        try
        {
            // Bought through the search box this time.
            await buyer.GotoAsync(ShopPages.Url(host, "/search"));
            await buyer.Locator("form[role=search] [name=q]").FillAsync("Q币");
            await buyer.Locator("form[role=search] button[type=submit]").ClickAsync();
            await buyer.Locator("a.goods-card", new PageLocatorOptions { HasText = "Q币充值卡" }).ClickAsync();
            var orderNo = await StorefrontSteps.BuyNowAsync(buyer, "10元", "lookup.buyer@example.com", QueryPassword);
            await StorefrontSteps.PayAsync(buyer, StorefrontSteps.SandboxChannel);
            var bought = Assert.Single(await StorefrontSteps.CodesAsync(buyer));

            // Another browser, no cookies: the order and the code come back with the password.
            await StorefrontSteps.LookUpAsync(later, host, orderNo, QueryPassword);
            Assert.Equal("/order/" + orderNo, new Uri(later.Url).AbsolutePath);
            Assert.Equal("已发货", (await StorefrontSteps.StatusAsync(later)).Trim());
            Assert.Equal(bought, Assert.Single(await StorefrontSteps.CodesAsync(later)));

            // Someone who knows the number but not the password learns nothing.
            await StorefrontSteps.LookUpAsync(stranger, host, orderNo, "not-the-password");
            Assert.StartsWith("/orders/lookup", new Uri(stranger.Url).AbsolutePath, StringComparison.Ordinal);
            Assert.Contains("不匹配", await stranger.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
            Assert.Equal(0, await stranger.Locator(".code-number").CountAsync());
            Assert.DoesNotContain(bought.Split(' ')[0], await stranger.ContentAsync(), StringComparison.Ordinal);

            // Nor by opening the order's address directly: the lookup form asks for the password, as for any number.
            await stranger.GotoAsync(ShopPages.Url(host, "/order/" + orderNo));
            Assert.Equal(orderNo, await stranger.Locator("form[action$='/orders/lookup'] [name=q]").InputValueAsync());
            Assert.Equal(0, await stranger.Locator(".code-number").CountAsync());
        }
        catch
        {
            host.WriteOutputTo(output);
            throw;
        }
        finally
        {
            await buyer.Context.CloseAsync();
            await later.Context.CloseAsync();
            await stranger.Context.CloseAsync();
        }
    }

    /// <summary>
    /// In a shop of its own: wrong passwords are counted per visitor address, and every browser here comes from
    /// 127.0.0.1, so a throttled shared shop would refuse every later lookup.
    /// </summary>
    [Fact]
    public async Task A_guest_guessing_query_passwords_is_throttled_even_for_the_right_one()
    {
        await using var session = await ShopSession.StartAsync(browser, output, GameCardShop.Setup);
        var host = session.Host;
        // The template's codes are samples: a shop sells them only while it is tried out with the sandbox on.
        var merchant = await browser.NewPageAsync();
        try
        {
            await ShopPages.SignInAsync(merchant, host, GameCardShop.Setup.AdminUserName, GameCardShop.Setup.AdminPassword);
            await MerchantSteps.TurnOnSandboxChannelAsync(merchant, host);
        }
        finally
        {
            await merchant.Context.CloseAsync();
        }

        await session.Page.GotoAsync(ShopPages.Url(host, "/goods/qq-coins"));
        var orderNo = await StorefrontSteps.BuyNowAsync(session.Page, "10元", "guess.buyer@example.com", QueryPassword);
        Assert.Equal("待支付", (await StorefrontSteps.StatusAsync(session.Page)).Trim());

        var guesser = await browser.NewPageAsync();
        try
        {
            // The shop's default allowance is five lookups per address in ten minutes.
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                await StorefrontSteps.LookUpAsync(guesser, host, orderNo, $"guess-{attempt}");
                Assert.Contains("不匹配", await guesser.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
            }

            await StorefrontSteps.LookUpAsync(guesser, host, orderNo, "guess-6");
            Assert.Contains("查询次数过多", await guesser.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
            Assert.True(await guesser.Locator("form[action$='/orders/lookup'] button[type=submit]").IsDisabledAsync(), "the lookup button is off while throttled");

            // Coming back to the form, even the right password is refused for now.
            await guesser.GotoAsync(ShopPages.Url(host, "/orders/lookup"));
            await StorefrontSteps.LookUpAsync(guesser, host, orderNo, QueryPassword);
            Assert.StartsWith("/orders/lookup", new Uri(guesser.Url).AbsolutePath, StringComparison.Ordinal);
            Assert.Contains("查询次数过多", await guesser.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        }
        finally
        {
            await guesser.Context.CloseAsync();
        }
    }

    /// <summary>A code of the recipe's 10-yuan stock: card number, then password (e.g. "QB10000001 007919").</summary>
    [GeneratedRegex(@"^QB1\d{7} \d{6}$")]
    private static partial Regex TenYuanQqCode();
}

using HuijinCardHub.E2E.Harness;
using Microsoft.Playwright;

namespace HuijinCardHub.E2E;

/// <summary>
/// A stock manager restocking a sold-out variant by pasting codes, then watching the stock as a guest buys one.
/// The storefront never shows an exact count (only 有货 / 库存紧张 / 缺货), so the figure is read where the manager
/// reads it, the admin's stock page, and the storefront is checked for the variant coming back on sale.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MerchantStockTests(BrowserFixture browser, GameCardShop shop, ITestOutputHelper output)
{
    private const string Goods = "Q币充值卡";

    // The recipe loads no codes for this variant: it starts sold out.
    private const string Variant = "100元";

    [Fact]
    public async Task A_manager_imports_codes_and_the_stock_rises_by_the_accepted_ones_then_drops_by_one_sale()
    {
        var host = await shop.OpenAsync(browser);
        var manager = await browser.NewPageAsync();
        var guest = await browser.NewPageAsync();
        try
        {
            await ShopPages.SignInAsync(manager, host, GameCardShop.Setup.AdminUserName, GameCardShop.Setup.AdminPassword);
            var (goodsId, variantId) = await MerchantSteps.FindVariantAsync(manager, host, Goods, Variant);
            var before = await MerchantSteps.AvailableCodesAsync(manager, host, goodsId, variantId);
            await guest.GotoAsync(ShopPages.Url(host, "/goods/qq-coins"));
            if (before == 0)
            {
                Assert.Contains("缺货", await StorefrontSteps.Variant(guest, Variant).InnerTextAsync(), StringComparison.Ordinal);
                Assert.True(await StorefrontSteps.Variant(guest, Variant).Locator("input[type=radio]").IsDisabledAsync());
            }

            var batch = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            string[] fresh = [$"QB100-{batch}-1----111111", $"QB100-{batch}-2----222222", $"QB100-{batch}-3----333333"];
            var report = await MerchantSteps.ImportCodesAsync(manager, host, goodsId, variantId,
                [fresh[0], fresh[1], fresh[2], fresh[0], $"<img src=x onerror=alert(1)>{batch}----444444"], "95.00");

            Assert.Contains("共 5 行：成功 3，重复 1，无效 1。", report, StringComparison.Ordinal);
            Assert.Equal("4", (await manager.Locator("#import-report p.small").InnerTextAsync()).Trim());
            Assert.Contains("第 5 行：含 HTML 字符 < 或 >", report, StringComparison.Ordinal);
            Assert.Equal(0, await manager.Locator("#import-report img").CountAsync());
            Assert.Equal(before + 3, await MerchantSteps.AvailableCodesAsync(manager, host, goodsId, variantId));

            await guest.ReloadAsync();
            var onSale = StorefrontSteps.Variant(guest, Variant);
            Assert.DoesNotContain("缺货", await onSale.InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(await onSale.Locator("input[type=radio]").IsEnabledAsync(), "the restocked variant can be chosen");

            await StorefrontSteps.BuyNowAsync(guest, Variant, "restock.buyer@example.com", "stock-2026");
            await StorefrontSteps.PayAsync(guest, StorefrontSteps.SandboxChannel);
            Assert.Equal("已发货", (await StorefrontSteps.StatusAsync(guest)).Trim());
            var code = Assert.Single(await StorefrontSteps.CodesAsync(guest));
            if (before == 0)
            {
                Assert.Contains(code, fresh.Select(c => c.Replace("----", " ", StringComparison.Ordinal)));
            }

            Assert.Equal(before + 2, await MerchantSteps.AvailableCodesAsync(manager, host, goodsId, variantId));
            await guest.GotoAsync(ShopPages.Url(host, "/goods/qq-coins"));
            Assert.DoesNotContain("缺货", await StorefrontSteps.Variant(guest, Variant).InnerTextAsync(), StringComparison.Ordinal);
        }
        catch
        {
            host.WriteOutputTo(output);
            throw;
        }
        finally
        {
            await manager.Context.CloseAsync();
            await guest.Context.CloseAsync();
        }
    }
}

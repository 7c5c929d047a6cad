using System.Net;
using HuijinCardHub.Catalog;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Recipes;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Tests.Shop;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.CardCodes;

/// <summary>
/// A merchant opens a shop from the game-card template, which comes with sample codes anyone can read in the
/// template: once the shop is live (the sandbox payment channel off) nobody can buy them.
/// </summary>
public sealed class LiveShopSampleCodeTests(GameCardShopFactory shop) : IClassFixture<GameCardShopFactory>
{
    [Fact]
    public async Task A_live_shop_refuses_to_sell_the_template_samples_and_sells_only_the_real_codes_imported()
    {
        await SampleShop.SandboxAsync(shop, on: false);
        var tenYuan = await SampleShop.VariantAsync(shop, "qq-coins", "10元");
        Assert.Equal(0, await SampleShop.ShownStockAsync(shop, tenYuan));
        var refused = await Assert.ThrowsAsync<ShopException>(() => SampleShop.BuyAsync(shop, tenYuan, 1, "first@example.com"));
        Assert.Equal("「Q币充值卡」库存不足", refused.Text.Chinese);

        var admin = await SampleShop.AdminAsync(shop);
        var import = await admin.SubmitAsync("/admin/card-codes/import", new Dictionary<string, string>
        {
            ["GoodsId"] = tenYuan.GoodsId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VariantId"] = tenYuan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cost"] = "9.50",
            ["Codes"] = "REALQB-0001----PW1\nREALQB-0002----PW2",
        });
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(2, await SampleShop.ShownStockAsync(shop, tenYuan));

        var order = await SampleShop.BuyAsync(shop, tenYuan, 2, "buyer@example.com");
        Assert.Equal(["REALQB-0001", "REALQB-0002"], (await SampleShop.PayAsync(shop, order)).Order());
        await Assert.ThrowsAsync<ShopException>(() => SampleShop.BuyAsync(shop, tenYuan, 1, "third@example.com"));
        // Every sample is still there: the two sold were the real codes.
        Assert.Contains($"data-sample-codes=\"{TemplateSampleCodes.Count("game-card-shop")}\"", await admin.GetStringAsync("/admin/card-codes"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_placed_while_the_shop_was_tried_out_and_paid_once_live_gets_a_real_code_not_the_sample()
    {
        await SampleShop.SandboxAsync(shop, on: true);
        var card = await SampleShop.VariantAsync(shop, "netease-card", "50元");
        var order = await SampleShop.BuyAsync(shop, card, 1, "early-buyer@example.com");
        await SampleShop.SandboxAsync(shop, on: false);

        // Paid once live, with no real codes yet: the sample goes back, the order waits for stock.
        await using (var scope = await shop.ShellScopeAsync())
        {
            var paid = await scope.ServiceProvider.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(order.OrderNo, order.Total, "gateway", "T-" + order.OrderNo);
            Assert.Equal(OrderStatus.Paid, paid.Status);
        }

        var admin = await SampleShop.AdminAsync(shop);
        await admin.SubmitAsync("/admin/card-codes/import", new Dictionary<string, string>
        {
            ["GoodsId"] = card.GoodsId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VariantId"] = card.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cost"] = "47.00",
            ["Codes"] = "REALNE-0001----PW1",
        });
        await using (var scope = await shop.ShellScopeAsync())
        {
            Assert.Equal(OrderStatus.Delivered, await scope.ServiceProvider.GetRequiredService<OrderDelivery>().DeliverAsync(order.OrderNo, default));
            var codes = await scope.ServiceProvider.GetRequiredService<ICodeStock>().RevealForOrderAsync(HuijinCardHub.Orders.Domain.CodeHolder.For(order.OrderNo, 1));
            Assert.Equal("REALNE-0001", Assert.Single(codes).CardNumber);
        }
    }
}

/// <summary>The merchant tries the template end to end with the sandbox channel, then clears the samples away.</summary>
public sealed class SampleCodeVoidTests(GameCardShopFactory shop) : IClassFixture<GameCardShopFactory>
{
    [Fact]
    public async Task A_shop_tried_out_with_the_sandbox_sells_samples_until_the_merchant_voids_them()
    {
        await SampleShop.SandboxAsync(shop, on: true);
        var coupons = await SampleShop.VariantAsync(shop, "wzry-coupons", "60点券");
        Assert.Equal(15, await SampleShop.ShownStockAsync(shop, coupons));
        var tried = await SampleShop.BuyAsync(shop, coupons, 1, "merchant-try@example.com");
        Assert.StartsWith("WZ6000000", Assert.Single(await SampleShop.PayAsync(shop, tried)), StringComparison.Ordinal);

        var admin = await SampleShop.AdminAsync(shop);
        var left = TemplateSampleCodes.Count("game-card-shop") - 1;
        Assert.Contains($"data-sample-codes=\"{left}\"", await admin.GetStringAsync("/admin/card-codes"), StringComparison.Ordinal);
        var voided = await admin.SubmitAsync("/admin/card-codes", new Dictionary<string, string>(), "/admin/card-codes/void-samples");

        Assert.Equal(HttpStatusCode.Redirect, voided.StatusCode);
        var page = await admin.GetStringAsync("/admin/card-codes");
        Assert.Contains($"已作废 {left} 个样例卡密", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-sample-codes", page, StringComparison.Ordinal);
        Assert.Contains("cardcodes.void-samples", await admin.GetStringAsync("/admin/audit"), StringComparison.Ordinal);
        Assert.Equal(0, await SampleShop.ShownStockAsync(shop, coupons));
        await Assert.ThrowsAsync<ShopException>(() => SampleShop.BuyAsync(shop, coupons, 1, "after-void@example.com"));
    }
}

/// <summary>What the merchant and a buyer do in a shop made from a template.</summary>
internal static class SampleShop
{
    /// <summary>The merchant switches the sandbox payment channel (Orders settings) on or off: off, the shop is live.</summary>
    public static async Task SandboxAsync(ShopFactory shop, bool on)
    {
        await using var scope = await shop.ShellScopeAsync();
        await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunJsonAsync($$"""
            { "name": "sandbox", "steps": [ { "name": "settings", "Orders": { "instantTestChannel": {{(on ? "true" : "false")}} } } ] }
            """);
    }

    public static async Task<VariantInfo> VariantAsync(ShopFactory shop, string slug, string variant)
    {
        await using var scope = await shop.ShellScopeAsync();
        var goods = await scope.ServiceProvider.GetRequiredService<ICatalogQueries>().FindGoodsBySlugAsync(slug);
        return goods!.Variants.Single(v => v.Name == variant);
    }

    /// <summary>The stock figure the storefront shows buyers.</summary>
    public static async Task<int?> ShownStockAsync(ShopFactory shop, VariantInfo variant)
    {
        await using var scope = await shop.ShellScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<IStockReader>().GetAvailableAsync(variant.GoodsId, variant.Id);
    }

    /// <summary>A guest checks out, as the storefront's checkout does.</summary>
    public static async Task<HuijinCardHub.Orders.Domain.Order> BuyAsync(ShopFactory shop, VariantInfo variant, int quantity, string contact)
    {
        await using var scope = await shop.ShellScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<Checkout>().PlaceAsync(
            new CheckoutRequest([new CheckoutLine(variant.Id, quantity, new Dictionary<string, string?>())], null, null, contact, "pass1234", "127.0.0.1"), default);
    }

    /// <summary>The payment arrives from a gateway; returns the card numbers delivered.</summary>
    public static async Task<IEnumerable<string>> PayAsync(ShopFactory shop, HuijinCardHub.Orders.Domain.Order order)
    {
        await using var scope = await shop.ShellScopeAsync();
        var paid = await scope.ServiceProvider.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(order.OrderNo, order.Total, "gateway", "T-" + order.OrderNo);
        Assert.Equal(OrderStatus.Delivered, paid.Status);
        var codes = await scope.ServiceProvider.GetRequiredService<ICodeStock>().RevealForOrderAsync(HuijinCardHub.Orders.Domain.CodeHolder.For(order.OrderNo, 1));
        return codes.Select(c => c.CardNumber);
    }

    public static async Task<HttpClient> AdminAsync(ShopFactory shop)
    {
        var browser = shop.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword)).StatusCode);
        return browser;
    }
}

using System.Net;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Orders.Fulfilment;

/// <summary>
/// A promotion and a risk check plugged in through the checkout extension points: the discount is a line of its own
/// that stops at the margin floor, a refusal leaves nothing behind, and a hold keeps a paid order until staff release it.
/// </summary>
[Collection(FulfilmentCollection.Name)]
public sealed class CheckoutExtensionTests(FulfilmentShop shop)
{
    [Fact]
    public async Task A_promotions_discount_shows_on_the_order_and_stops_at_the_margin_floor()
    {
        // Cost ¥9.00 and the default 3% minimum margin: a unit may not sell under ¥9.27, so of ¥5 off only ¥0.73 is given.
        var thin = await shop.GoodsOfKindAsync("promo-thin", "促销月卡", "Manual", "10.00", "9.00");
        var wide = await shop.GoodsOfKindAsync("promo-wide", "促销大礼包", "Manual", "30.00", "10.00");

        var cut = await shop.PlaceAsync(thin, contact: "promo@example.com");
        var full = await shop.PlaceAsync(wide, quantity: 2, contact: "promo@example.com");

        Assert.Equal(new Money(927), cut.Total);
        var cutPage = await shop.PageAsync(cut.OrderNo);
        var discount = Assert.Single(cutPage.Discounts);
        Assert.Equal(("春季促销立减", "0.73"), (discount.Label, discount.Amount));
        Assert.Equal("最低利润保护：优惠 ¥5.00 减为 ¥0.73", discount.CutNote);
        Assert.Equal("9.27", cutPage.Total);

        Assert.Equal(new Money(5000), full.Total);
        var fullDiscount = Assert.Single((await shop.PageAsync(full.OrderNo)).Discounts);
        Assert.Equal(("10.00", null), (fullDiscount.Amount, fullDiscount.CutNote));

        var admin = await shop.AdminAsync();
        var staffPage = await admin.GetStringAsync("/admin/orders/" + cut.OrderNo);
        Assert.Contains("promotion:spring", staffPage, StringComparison.Ordinal);
        Assert.Contains("最低利润保护", staffPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_that_refuses_shows_its_message_places_no_order_and_reserves_nothing()
    {
        var variant = await shop.CodeGoodsAsync("blocked", 2);
        using var buyer = shop.CreateBrowser();

        var refused = await buyer.SubmitAsync($"/checkout?variant={variant.Id}&quantity=1",
            new Dictionary<string, string> { ["variant"] = variant.Id.ToString(), ["quantity"] = "1", ["contact"] = "blocked@example.com", ["password"] = "abcd1234" }, "/checkout");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("该联系方式已被限制下单，请联系客服", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await shop.StockAsync(variant));
        Assert.False(await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Orders.AnyAsync(o => o.Contact == "blocked@example.com")));
    }

    [Fact]
    public async Task A_held_order_is_paid_but_not_delivered_until_staff_release_it()
    {
        var variant = await shop.CodeGoodsAsync("held", 2);
        var request = new CheckoutRequest([new CheckoutLine(variant.Id, 1, new Dictionary<string, string?>())], null, null, "review@example.com", "pass1234",
            "203.0.113.9", "held-checkout-request-0001", "ReviewBrowser/1.0");
        var order = await shop.WithAsync(s => s.GetRequiredService<Checkout>().PlaceAsync(request, default));
        var seen = BigSpenderReview.LastSeen!;
        Assert.Equal(("203.0.113.9", "ReviewBrowser/1.0", "held-checkout-request-0001"), (seen.Request.ClientIp, seen.Request.UserAgent, seen.Request.RequestId));
        Assert.Equal("review@example.com", seen.Buyer.Contact);
        Assert.Equal(("点卡 held", "code", 1), (seen.Lines[0].GoodsName, seen.Lines[0].Kind, seen.Lines[0].Quantity));
        Assert.NotNull(seen.Site);

        // The same form again is the same order: the request id is the idempotency key.
        Assert.Equal(order.OrderNo, (await shop.WithAsync(s => s.GetRequiredService<Checkout>().PlaceAsync(request, default))).OrderNo);

        await shop.PayAsync(order);
        await shop.WithAsync(s => s.GetRequiredService<OrderDelivery>().DeliverAsync(order.OrderNo, default));

        var held = await shop.OrderAsync(order.OrderNo);
        Assert.Equal(OrderStatus.Paid, held.Status);
        Assert.False(Assert.Single(held.Lines).Fulfilled);
        var page = await shop.PageAsync(order.OrderNo);
        Assert.Empty(page.Lines[0].Codes);
        Assert.Equal("订单审核中，审核通过后发货", page.Lines[0].Progress);

        var admin = await shop.AdminAsync();
        var url = "/admin/orders/" + order.OrderNo;
        Assert.Contains("id=\"delivery-held\"", await admin.GetStringAsync(url), StringComparison.Ordinal);
        var released = await admin.SubmitAsync(url, new Dictionary<string, string>(), url + "/release");

        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        var after = await admin.GetStringAsync(url);
        Assert.Contains("已放行，订单已发货", after, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"delivery-held\"", after, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Delivered, (await shop.OrderAsync(order.OrderNo)).Status);
        Assert.Single((await shop.PageAsync(order.OrderNo)).Lines[0].Codes);
        Assert.Equal(1, await shop.StockAsync(variant));
    }
}

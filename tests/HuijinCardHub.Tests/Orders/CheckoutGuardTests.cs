using System.Net;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Recipes;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Orders;

/// <summary>
/// Someone trying to lock up the stock with unpaid orders, and a buyer clicking twice: the shop takes only so many
/// orders a minute from one address and one buyer, lets one visitor's unpaid orders hold only so much, holds a
/// guest's order for less time, and makes one order of one checkout form however often it is posted.
/// </summary>
[Collection(GuardedCollection.Name)]
public sealed class CheckoutGuardTests(GuardedShop shop)
{
    private async Task<long> ManualGoodsAsync(string tag, int stock)
    {
        await shop.WithAsync(async s =>
        {
            await s.GetRequiredService<IRecipeRunner>().RunJsonAsync($$"""
                { "name": "manual-{{tag}}", "steps": [ { "name": "catalog", "goods": [ { "slug": "manual-{{tag}}", "name": "代充 {{tag}}",
                  "category": "cards", "kind": "Manual", "maxPerOrder": 500, "variants": [ { "name": "月卡", "price": "1.00", "cost": "0.50", "stock": {{stock}} } ] } ] } ] }
                """);
            return 0;
        });
        return (await shop.GoodsAsync("manual-" + tag)).Variants[0].Id;
    }

    private Task<int> OrdersOfAsync(string contact) =>
        shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Orders.CountAsync(o => o.Contact == contact));

    [Fact]
    public async Task One_address_places_only_so_many_orders_a_minute()
    {
        var variant = await ManualGoodsAsync("per-address", 100);
        using var visitor = shop.BrowserFrom("10.20.0.1");
        for (var i = 0; i < 10; i++)
        {
            GuardedCheckouts.OrderNoOf(await visitor.BuyAsGuestAsync(variant, $"addr{i}@example.com"));
        }

        var refused = await visitor.BuyAsGuestAsync(variant, "addr-last@example.com");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("下单过于频繁", page, StringComparison.Ordinal);
        Assert.Contains("addr-last@example.com", page, StringComparison.Ordinal);
        Assert.Contains("代充 per-address", page, StringComparison.Ordinal);
        Assert.Equal(0, await OrdersOfAsync("addr-last@example.com"));

        using var neighbour = shop.BrowserFrom("10.20.0.2");
        GuardedCheckouts.OrderNoOf(await neighbour.BuyAsGuestAsync(variant, "addr-last@example.com"));
    }

    [Fact]
    public async Task One_contact_places_only_so_many_orders_a_minute_from_any_address()
    {
        var variant = await ManualGoodsAsync("per-contact", 100);
        for (var i = 0; i < 5; i++)
        {
            using var visitor = shop.BrowserFrom($"10.21.0.{i + 1}");
            GuardedCheckouts.OrderNoOf(await visitor.BuyAsGuestAsync(variant, "same-buyer@example.com"));
        }

        using var sixth = shop.BrowserFrom("10.21.0.9");
        var refused = await sixth.BuyAsGuestAsync(variant, "same-buyer@example.com");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("下单过于频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(5, await OrdersOfAsync("same-buyer@example.com"));
    }

    [Fact]
    public async Task Unpaid_orders_of_one_visitor_hold_at_most_the_cap_until_they_are_paid()
    {
        var variant = await ManualGoodsAsync("hoard", 1000);
        using var hoarder = shop.BrowserFrom("10.22.0.1");
        var first = GuardedCheckouts.OrderNoOf(await hoarder.BuyAsGuestAsync(variant, "hoarder@example.com", quantity: 150));

        // The shop's cap is 200 units: from the same address with another contact, or the same contact elsewhere.
        var sameAddress = await hoarder.BuyAsGuestAsync(variant, "hoarder-two@example.com", quantity: 60);
        Assert.Equal(HttpStatusCode.BadRequest, sameAddress.StatusCode);
        Assert.Contains("未支付订单最多可占用 200 件商品，您已有 150 件待支付", await sameAddress.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var elsewhere = shop.BrowserFrom("10.22.0.2");
        Assert.Equal(HttpStatusCode.BadRequest, (await elsewhere.BuyAsGuestAsync(variant, "hoarder@example.com", quantity: 60)).StatusCode);
        Assert.Equal(1, await OrdersOfAsync("hoarder@example.com"));

        var order = await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Orders.AsNoTrackingWithLines(first));
        await shop.WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(first, order.Total, "test", "T-" + first));
        GuardedCheckouts.OrderNoOf(await hoarder.BuyAsGuestAsync(variant, "hoarder-two@example.com", quantity: 60));
    }

    [Fact]
    public async Task A_guest_order_is_held_for_less_time_than_a_members()
    {
        var variant = await shop.CodeGoodsAsync("hold", 2);
        using var guest = shop.BrowserFrom("10.23.0.1");
        Assert.Contains("下单后库存为您保留 10 分钟", await guest.GetStringAsync($"/checkout?variant={variant.Id}&quantity=1"), StringComparison.Ordinal);
        var guestOrderNo = GuardedCheckouts.OrderNoOf(await guest.BuyAsGuestAsync(variant.Id, "hold@example.com"));
        var guestOrder = await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Orders.AsNoTrackingWithLines(guestOrderNo));
        var memberOrder = await shop.PlaceAsync(variant, userId: "member-hold", contact: null, password: null);

        Assert.Equal(TimeSpan.FromMinutes(10), guestOrder.ExpiresUtc - guestOrder.CreatedUtc);
        Assert.Equal(TimeSpan.FromMinutes(15), memberOrder.ExpiresUtc - memberOrder.CreatedUtc);
    }

    [Fact]
    public async Task A_five_character_query_password_is_refused_and_nothing_is_reserved()
    {
        var variant = await shop.CodeGoodsAsync("short-pass", 1);
        using var guest = shop.BrowserFrom("10.24.0.1");
        Assert.Contains("minlength=\"6\"", await guest.GetStringAsync($"/checkout?variant={variant.Id}&quantity=1"), StringComparison.Ordinal);

        var refused = await guest.BuyAsGuestAsync(variant.Id, "short@example.com", password: "abcde");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请设置6-32位订单查询密码", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await shop.StockAsync(variant));
        GuardedCheckouts.OrderNoOf(await guest.BuyAsGuestAsync(variant.Id, "short@example.com", password: "abcdef"));
    }

    [Fact]
    public async Task A_checkout_form_posted_twice_makes_one_order_and_both_land_on_it()
    {
        var variant = await shop.CodeGoodsAsync("twice", 3);
        using var buyer = shop.BrowserFrom("10.25.0.1");
        var form = await buyer.CheckoutFormAsync(variant.Id, "twice@example.com");

        var first = GuardedCheckouts.OrderNoOf(await buyer.PostFormAsync("/checkout", form));
        var second = GuardedCheckouts.OrderNoOf(await buyer.PostFormAsync("/checkout", form));

        Assert.Equal(first, second);
        Assert.Equal(2, await shop.StockAsync(variant));
        Assert.Equal(1, await OrdersOfAsync("twice@example.com"));
        Assert.Contains("点卡 twice", await buyer.GetStringAsync("/order/" + second), StringComparison.Ordinal);

        // Another buyer posting that request id from a form of their own does not get into that order.
        using var replayer = shop.BrowserFrom("10.25.0.2");
        var theirs = await replayer.CheckoutFormAsync(variant.Id, "replayer@example.com");
        var replayed = await replayer.PostFormAsync("/checkout", new Dictionary<string, string>(theirs) { ["request"] = form["request"] });
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Contains("该订单已由另一位买家提交", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await OrdersOfAsync("twice@example.com"));
    }

    [Fact]
    public async Task One_checkout_form_posted_five_times_at_once_makes_exactly_one_order()
    {
        var variant = await shop.CodeGoodsAsync("at-once", 5);
        using var buyer = shop.BrowserFrom("10.26.0.1");
        var form = await buyer.CheckoutFormAsync(variant.Id, "at-once@example.com");

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => buyer.PostFormAsync("/checkout", form)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Single(answers.Select(a => a.Headers.Location!.ToString()).Distinct());
        Assert.Equal(1, await OrdersOfAsync("at-once@example.com"));
        Assert.Equal(4, await shop.StockAsync(variant));
    }
}

using System.Collections.Concurrent;
using HuijinCardHub.Catalog;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.Orders;

/// <summary>Many buyers, repeated notifications, a payment racing the clock: no code sold twice, none lost.</summary>
[Collection(OrdersCollection.Name)]
public sealed class OrderRaceTests(OrdersShop shop)
{
    [Fact]
    public async Task Fifty_buyers_race_for_ten_codes_and_exactly_ten_orders_hold_codes()
    {
        var variant = await shop.CodeGoodsAsync("race", 10);
        var (placed, refused) = await RaceAsync(50, buyer => shop.PlaceAsync(variant, contact: $"buyer{buyer}@example.com"));

        Assert.Equal(10, placed.Count);
        Assert.Equal(40, refused.Count);
        Assert.All(refused, r => Assert.Equal("「点卡 race」库存不足", r.Chinese));
        Assert.Equal(0, await shop.StockAsync(variant));

        var codes = new List<long>();
        foreach (var orderNo in placed)
        {
            var confirmation = await shop.WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(orderNo, new Money(980), "test", "T-" + orderNo));
            Assert.Equal(OrderStatus.Delivered, confirmation.Status);
            var sold = await shop.WithAsync(s => s.GetRequiredService<ICodeStock>().RevealForOrderAsync(CodeHolder.For(orderNo, 1)));
            Assert.Single(sold);
            codes.AddRange(sold.Select(c => c.CodeId));
        }

        Assert.Equal(10, codes.Distinct().Count());
    }

    [Fact]
    public async Task Twenty_buyers_race_for_the_last_three_units_of_manual_goods_and_three_orders_are_placed()
    {
        await shop.WithAsync(async s =>
        {
            await s.GetRequiredService<HuijinCardHub.Recipes.IRecipeRunner>().RunJsonAsync("""
                { "name": "manual-race", "steps": [ { "name": "catalog", "goods": [ { "slug": "manual-race", "name": "人工代充 race",
                  "category": "cards", "kind": "Manual", "variants": [ { "name": "月卡", "price": "30.00", "cost": "20.00", "stock": 3 } ] } ] } ] }
                """);
            return 0;
        });
        var variant = (await shop.GoodsAsync("manual-race")).Variants[0];
        var (placed, refused) = await RaceAsync(20, buyer => shop.PlaceAsync(variant, contact: $"manual{buyer}@example.com"));

        Assert.Equal(3, placed.Count);
        Assert.Equal(17, refused.Count);
        Assert.All(refused, r => Assert.Equal("「人工代充 race」库存不足", r.Chinese));
    }

    [Fact]
    public async Task A_buyer_sending_six_orders_at_once_for_goods_limited_to_two_a_day_gets_one()
    {
        var variant = (await shop.GoodsAsync("limited-card")).Variants[0];
        var (placed, refused) = await RaceAsync(6, _ => shop.PlaceAsync(variant, quantity: 2, contact: "many-tabs@example.com"));

        Assert.Single(placed);
        Assert.Equal(5, refused.Count);
        Assert.All(refused, r => Assert.StartsWith("「限购点卡」每人每天限购 2 件", r.Chinese, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cart_with_two_lines_of_goods_limited_to_two_a_day_counts_both()
    {
        var variant = (await shop.GoodsAsync("limited-card")).Variants[0];
        var request = new CheckoutRequest(
            [new CheckoutLine(variant.Id, 1, new Dictionary<string, string?>()), new CheckoutLine(variant.Id, 2, new Dictionary<string, string?>())],
            null, null, "two-lines@example.com", "pass1234", "127.0.0.1");

        var refused = await Assert.ThrowsAsync<ShopException>(() => shop.WithAsync(s => s.GetRequiredService<Checkout>().PlaceAsync(request, default)));

        Assert.StartsWith("「限购点卡」每人每天限购 2 件", refused.Text.Chinese, StringComparison.Ordinal);
        Assert.Equal(0, await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Orders.CountAsync(o => o.Contact == "two-lines@example.com")));
    }

    [Fact]
    public async Task A_repeated_payment_notification_delivers_nothing_twice()
    {
        var variant = await shop.CodeGoodsAsync("repeat", 5);
        var order = await shop.PlaceAsync(variant, quantity: 2);
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            shop.WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(order.OrderNo, new Money(1960), "test", "TX-1")))));

        Assert.Single(results, r => r.FirstTime);
        Assert.All(results, r => Assert.True(r.Status is OrderStatus.Paid or OrderStatus.Delivering or OrderStatus.Delivered));
        var again = await shop.WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(order.OrderNo, new Money(1960), "test", "TX-1"));
        Assert.False(again.FirstTime);
        Assert.Equal(OrderStatus.Delivered, again.Status);

        var sold = await shop.WithAsync(s => s.GetRequiredService<ICodeStock>().RevealForOrderAsync(CodeHolder.For(order.OrderNo, 1)));
        Assert.Equal(2, sold.Count);
        Assert.Equal(3, await shop.StockAsync(variant));
        var paidEvents = await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Events.CountAsync(e => e.OrderId == order.Id && e.ToStatus == OrderStatus.Paid));
        Assert.Equal(1, paidEvents);
    }

    [Fact]
    public async Task A_payment_of_the_wrong_amount_is_refused_and_changes_nothing()
    {
        var variant = await shop.CodeGoodsAsync("amount", 1);
        var order = await shop.PlaceAsync(variant);
        var error = await Assert.ThrowsAsync<ShopException>(() =>
            shop.WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(order.OrderNo, new Money(1), "test", "TX-CHEAP")));
        Assert.Equal("支付金额与订单金额不符", error.Text.Chinese);
        var summary = await shop.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(order.OrderNo));
        Assert.Equal(OrderStatus.PendingPayment, summary!.Status);
    }

    [Fact]
    public async Task Expiry_releases_the_reservation_and_a_late_payment_is_still_delivered()
    {
        var variant = await shop.CodeGoodsAsync("expiry", 2);
        var order = await shop.PlaceAsync(variant, quantity: 2);
        Assert.Equal(0, await shop.StockAsync(variant));

        await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Orders.Where(o => o.Id == order.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.ExpiresUtc, DateTime.UtcNow.AddMinutes(-1))));
        var expired = await shop.WithAsync(s => s.GetRequiredService<OrderExpiry>().ExpireDueAsync(default));
        Assert.True(expired >= 1);
        Assert.Equal(2, await shop.StockAsync(variant));
        Assert.Equal(OrderStatus.Expired, (await shop.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(order.OrderNo)))!.Status);

        // The gateway's notification comes late: the money is honoured and the codes reserved again.
        var late = await shop.WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(order.OrderNo, new Money(1960), "test", "TX-LATE"));
        Assert.True(late.FirstTime);
        Assert.Equal(OrderStatus.Delivered, late.Status);
        Assert.Equal(0, await shop.StockAsync(variant));
    }

    [Fact]
    public async Task The_expiry_job_runs_on_its_own()
    {
        var variant = await shop.CodeGoodsAsync("job", 1);
        var order = await shop.PlaceAsync(variant);
        await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Orders.Where(o => o.Id == order.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.ExpiresUtc, DateTime.UtcNow.AddMinutes(-1))));
        for (var i = 0; i < 150 && await shop.StockAsync(variant) == 0; i++)
        {
            await Task.Delay(200);
        }

        Assert.Equal(1, await shop.StockAsync(variant));
    }

    [Fact]
    public async Task A_late_payment_when_the_codes_are_gone_raises_an_alert_and_is_delivered_after_an_import()
    {
        var variant = await shop.CodeGoodsAsync("late", 1);
        var first = await shop.PlaceAsync(variant);
        await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Orders.Where(o => o.Id == first.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.ExpiresUtc, DateTime.UtcNow.AddMinutes(-1))));
        await shop.WithAsync(s => s.GetRequiredService<OrderExpiry>().ExpireDueAsync(default));
        await shop.PlaceAsync(variant, contact: "second@example.com");

        var late = await shop.WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(first.OrderNo, new Money(980), "test", "TX-GONE"));
        Assert.True(late.FirstTime);
        Assert.Equal(OrderStatus.Paid, late.Status);
        Assert.Equal(1L, await shop.WithAsync(s => CountAlertsAsync(s, first.OrderNo)));

        await shop.WithAsync(s => s.GetRequiredService<ICodeStock>().ImportAsync(variant.GoodsId, variant.Id, new StringReader("LATE-RESTOCK-0001"), new CodeBatchInfo(new Money(500))));
        await shop.WithAsync(async s => { await s.GetRequiredService<OrderDelivery>().DeliverAsync(first.OrderNo, default); return 0; });
        Assert.Equal(OrderStatus.Delivered, (await shop.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(first.OrderNo)))!.Status);
        var codes = await shop.WithAsync(s => s.GetRequiredService<ICodeStock>().RevealForOrderAsync(CodeHolder.For(first.OrderNo, 1)));
        Assert.Equal("LATE-RESTOCK-0001", Assert.Single(codes).CardNumber);
    }

    [Fact]
    public async Task A_delivery_in_line_leaves_no_job_and_a_failed_one_leaves_a_job_to_retry_it()
    {
        var stocked = await shop.CodeGoodsAsync("job-done", 1);
        var delivered = await shop.PlaceAsync(stocked, contact: "job1@example.com");
        await shop.WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(delivered.OrderNo, new Money(980), "test", "TX-JOB1"));
        // Delivered with the payment: no worker has anything to do for it.
        Assert.Equal(0L, await shop.WithAsync(s => PendingDeliveryJobsAsync(s, delivered.OrderNo)));

        var empty = await shop.CodeGoodsAsync("job-net", 1);
        var waiting = await shop.PlaceAsync(empty, contact: "job2@example.com");
        await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Orders.Where(o => o.Id == waiting.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.ExpiresUtc, DateTime.UtcNow.AddMinutes(-1))));
        await shop.WithAsync(s => s.GetRequiredService<OrderExpiry>().ExpireDueAsync(default));
        await shop.PlaceAsync(empty, contact: "job3@example.com"); // takes the only code back
        var paid = await shop.WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(waiting.OrderNo, new Money(980), "test", "TX-JOB2"));
        Assert.Equal(OrderStatus.Paid, paid.Status);
        // Nothing to deliver: the payment stands with a job for the worker's retries.
        Assert.Equal(1L, await shop.WithAsync(s => PendingDeliveryJobsAsync(s, waiting.OrderNo)));
    }

    private static Task<long> CountAlertsAsync(IServiceProvider services, string orderNo) =>
        ScalarAsync(services, "SELECT COUNT(*) FROM \"Alerts_Alerts\" WHERE \"Reference\" = @p AND \"Kind\" = 'out-of-stock-at-payment'", orderNo);

    /// <summary>Delivery jobs of the order that a worker would still run.</summary>
    private static Task<long> PendingDeliveryJobsAsync(IServiceProvider services, string orderNo) =>
        ScalarAsync(services, "SELECT COUNT(*) FROM \"Kernel_Outbox\" WHERE \"Topic\" = 'orders.deliver' AND \"Status\" = 0 AND \"Payload\" LIKE @p", $"%\"{orderNo}\"%");

    private static async Task<long> ScalarAsync(IServiceProvider services, string sql, string value)
    {
        var connection = services.GetRequiredService<HuijinCardHub.Data.IShellDatabase>().Connection;
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p";
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Starts every buyer at the same moment; returns the orders placed and the refusals.</summary>
    private static async Task<(ConcurrentBag<string> Placed, ConcurrentBag<Bilingual> Refused)> RaceAsync(int buyers, Func<int, Task<HuijinCardHub.Orders.Domain.Order>> place)
    {
        var placed = new ConcurrentBag<string>();
        var refused = new ConcurrentBag<Bilingual>();
        using var start = new ManualResetEventSlim(false);
        var running = Enumerable.Range(1, buyers).Select(buyer => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                placed.Add((await place(buyer)).OrderNo);
            }
            catch (ShopException exception)
            {
                refused.Add(exception.Text);
            }
        })).ToList();
        start.Set();
        await Task.WhenAll(running);
        return (placed, refused);
    }
}

using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Orders.Fulfilment;

/// <summary>
/// Each goods kind is held, handed over and given back by its own fulfilment: codes by the card-code module, manual
/// goods by the staff queue, direct top-up by a wait for the supplier, and a kind a plugin adds by the plugin alone.
/// </summary>
[Collection(FulfilmentCollection.Name)]
public sealed class GoodsKindFulfilmentTests(FulfilmentShop shop)
{
    [Fact]
    public async Task Goods_of_a_kind_a_plugin_adds_are_held_sent_and_taken_back_by_the_plugins_fulfilment()
    {
        var variant = await shop.GoodsOfKindAsync("gift-100", "京东礼品券", "Manual", "100.00", "95.00");
        await shop.SetCatalogueKindAsync(variant.GoodsId, GiftVoucherFulfilment.CatalogueKind);

        var paid = await shop.PlaceAsync(variant, contact: "gift@example.com");
        Assert.Equal("held × 1", GiftVoucherFulfilment.Book[paid.OrderNo + "#1"]);
        await shop.PayAsync(paid);

        var delivered = await shop.OrderAsync(paid.OrderNo);
        Assert.Equal(OrderStatus.Delivered, delivered.Status);
        Assert.True(Assert.Single(delivered.Lines).Fulfilled);
        Assert.Equal("sent × 1", GiftVoucherFulfilment.Book[paid.OrderNo + "#1"]);
        var line = Assert.Single((await shop.PageAsync(paid.OrderNo)).Lines);
        Assert.Equal("礼品券", line.KindText);
        Assert.Equal("礼品券已发送到您的邮箱", line.Progress);

        var abandoned = await shop.PlaceAsync(variant, contact: "gift@example.com");
        Assert.True(await shop.WithAsync(s => s.GetRequiredService<OrderExpiry>().CancelAsync(abandoned.OrderNo, "buyer", default)));
        Assert.Equal("released", GiftVoucherFulfilment.Book[abandoned.OrderNo + "#1"]);
    }

    [Fact]
    public async Task Manual_goods_wait_in_the_staff_queue_until_staff_deliver_them()
    {
        var variant = await shop.GoodsOfKindAsync("manual-vip", "人工代充会员", "Manual", "30.00", "20.00", stock: 5);
        var order = await shop.PlaceAsync(variant, contact: "queue@example.com");
        await shop.PayAsync(order);

        var waiting = await shop.OrderAsync(order.OrderNo);
        Assert.Equal(OrderStatus.Delivering, waiting.Status);
        Assert.False(Assert.Single(waiting.Lines).Fulfilled);
        Assert.Equal("等待客服发货", Assert.Single((await shop.PageAsync(order.OrderNo)).Lines).Progress);
        var admin = await shop.AdminAsync();
        Assert.Contains(order.OrderNo, await admin.GetStringAsync("/admin/orders?status=Delivering"), StringComparison.Ordinal);
        var staffPage = await admin.GetStringAsync("/admin/orders/" + order.OrderNo);
        Assert.Contains("等待客服发货", staffPage, StringComparison.Ordinal);
        Assert.Contains("标记已发货", staffPage, StringComparison.Ordinal);

        var complete = await shop.WithAsync(s => s.GetRequiredService<ManualFulfilment>().FulfilAsync(order.OrderNo, waiting.Lines[0].Id, "已开通，账号见短信", "operator", default));

        Assert.True(complete);
        var page = await shop.PageAsync(order.OrderNo);
        Assert.True(page.Delivered);
        Assert.Equal("客服已发货，见发货说明", Assert.Single(page.Lines).Progress);
        Assert.Equal("已开通，账号见短信", page.Lines[0].DeliveryNote);
    }

    [Fact]
    public async Task A_direct_top_up_waits_for_the_supplier_and_is_never_shown_delivered()
    {
        var variant = await shop.GoodsOfKindAsync("topup-50", "话费直充", "DirectTopUp", "50.00", "48.00");
        var order = await shop.PlaceAsync(variant, contact: "topup@example.com");
        await shop.PayAsync(order);

        // The delivery job runs again (a retry, a restart): the line still waits, nothing claims it was topped up.
        var again = await shop.WithAsync(s => s.GetRequiredService<OrderDelivery>().DeliverAsync(order.OrderNo, default));

        Assert.Equal(OrderStatus.Delivering, again);
        var waiting = await shop.OrderAsync(order.OrderNo);
        Assert.Equal(OrderStatus.Delivering, waiting.Status);
        Assert.Null(waiting.DeliveredUtc);
        Assert.False(Assert.Single(waiting.Lines).Fulfilled);
        var page = await shop.PageAsync(order.OrderNo);
        Assert.False(page.Delivered);
        Assert.Equal("等待供货商充值", Assert.Single(page.Lines).Progress);
        Assert.Equal("直充", page.Lines[0].KindText);
    }

    [Fact]
    public async Task Code_lines_are_delivered_from_the_holder_stored_on_each_line_even_when_the_lines_change_places()
    {
        var one = await shop.CodeGoodsAsync("holder-one", 3);
        var two = await shop.CodeGoodsAsync("holder-two", 3);
        var order = await shop.WithAsync(s => s.GetRequiredService<Checkout>().PlaceAsync(new CheckoutRequest(
            [new CheckoutLine(one.Id, 1, new Dictionary<string, string?>()), new CheckoutLine(two.Id, 2, new Dictionary<string, string?>())],
            null, null, "holder@example.com", "pass1234", "127.0.0.1"), default));
        Assert.Equal([order.OrderNo + "#1", order.OrderNo + "#2"], order.Lines.Select(l => l.Holder));

        // The lines swap places (their ids are exchanged): the second line, two codes, now comes first.
        await SwapLineIdsAsync(order.Lines[0].Id, order.Lines[1].Id);
        await shop.PayAsync(order);

        Assert.Equal(OrderStatus.Delivered, (await shop.OrderAsync(order.OrderNo)).Status);
        Assert.Equal(2, await shop.StockAsync(one));
        Assert.Equal(1, await shop.StockAsync(two));
        var page = await shop.PageAsync(order.OrderNo);
        Assert.Equal(["点卡 holder-two", "点卡 holder-one"], page.Lines.Select(l => l.GoodsName));
        Assert.Equal([2, 1], page.Lines.Select(l => l.Codes.Count));
    }

    [Fact]
    public async Task An_expired_order_gives_back_each_lines_codes_under_its_stored_holder()
    {
        var one = await shop.CodeGoodsAsync("expire-one", 2);
        var two = await shop.CodeGoodsAsync("expire-two", 2);
        var order = await shop.WithAsync(s => s.GetRequiredService<Checkout>().PlaceAsync(new CheckoutRequest(
            [new CheckoutLine(one.Id, 1, new Dictionary<string, string?>()), new CheckoutLine(two.Id, 2, new Dictionary<string, string?>())],
            null, null, "expire@example.com", "pass1234", "127.0.0.1"), default));
        Assert.Equal(0, await shop.StockAsync(two));

        // The first line is removed behind the shop's back: counting positions would now release only "#1", the codes of the line that is gone.
        await shop.BehindTheShopsBackAsync("DELETE FROM \"Orders_Lines\" WHERE \"Id\" = @id", ("@id", order.Lines[0].Id));
        Assert.True(await shop.WithAsync(s => s.GetRequiredService<OrderExpiry>().CancelAsync(order.OrderNo, "buyer", default)));

        Assert.Equal(2, await shop.StockAsync(two));
    }

    [Fact]
    public async Task Lines_placed_before_holders_were_stored_get_the_holder_their_position_gave_and_still_deliver()
    {
        var code = await shop.CodeGoodsAsync("before-holders", 2);
        var topUp = await shop.GoodsOfKindAsync("before-topup", "旧订单直充", "DirectTopUp", "20.00", "19.00");
        var order = await shop.WithAsync(s => s.GetRequiredService<Checkout>().PlaceAsync(new CheckoutRequest(
            [new CheckoutLine(topUp.Id, 1, new Dictionary<string, string?>()), new CheckoutLine(code.Id, 2, new Dictionary<string, string?>())],
            null, null, "old@example.com", "pass1234", "127.0.0.1"), default));
        foreach (var line in order.Lines)
        {
            await shop.BehindTheShopsBackAsync("UPDATE \"Orders_Lines\" SET \"Holder\" = '', \"Fulfilment\" = '' WHERE \"Id\" = @id", ("@id", line.Id));
        }

        Assert.Equal(2, await shop.ExecuteAsync(HuijinCardHub.Orders.Data.Migrations.OrdersFulfilmentMigration.Backfill));

        var migrated = await shop.OrderAsync(order.OrderNo);
        Assert.Equal([(order.OrderNo + "#1", "direct-top-up"), (order.OrderNo + "#2", "code")],
            migrated.Lines.OrderBy(l => l.Id).Select(l => (l.Holder, l.Fulfilment)));
        await shop.PayAsync(migrated);
        Assert.Equal(2, (await shop.PageAsync(order.OrderNo)).Lines[1].Codes.Count);
        Assert.Equal(0, await shop.StockAsync(code));
    }

    [Fact]
    public async Task Goods_whose_kind_no_enabled_feature_fulfils_cannot_be_bought()
    {
        var variant = await shop.GoodsOfKindAsync("orphan-kind", "无人发货商品", "Manual", "10.00", "5.00");
        await shop.SetCatalogueKindAsync(variant.GoodsId, 42);

        var refused = await Assert.ThrowsAsync<ShopException>(() => shop.PlaceAsync(variant, contact: "orphan@example.com"));

        Assert.Equal(OrderErrors.NotSoldNow("无人发货商品"), refused.Text);
    }

    private async Task SwapLineIdsAsync(long first, long second)
    {
        foreach (var (from, to) in new[] { (first, -first), (second, first), (-first, second) })
        {
            await shop.BehindTheShopsBackAsync("UPDATE \"Orders_Lines\" SET \"Id\" = @to WHERE \"Id\" = @from", ("@from", from), ("@to", to));
        }
    }
}

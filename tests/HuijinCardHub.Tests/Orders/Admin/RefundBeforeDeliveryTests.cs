using System.Net;
using HuijinCardHub.Balance;
using HuijinCardHub.Catalog;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.Orders.Admin;

/// <summary>
/// A member's order is paid but not delivered yet (its delivery waits for a retry) and staff refund it instead: the
/// codes held for it go back on sale, and the next buyer gets them.
/// </summary>
[Collection(OrderAdminCollection.Name)]
public sealed class RefundBeforeDeliveryTests(OrderAdminShop shop)
{
    [Fact]
    public async Task A_paid_order_refunded_before_delivery_gives_its_codes_to_the_next_buyer()
    {
        var variant = await shop.CodeGoodsAsync("undelivered", 2);
        var member = "member-" + Guid.NewGuid().ToString("N");
        var order = await shop.PlaceAsync([OrderAdminShop.Line(variant, 2)], userId: member, contact: null, password: null);
        await PaidButNotDeliveredAsync(order.OrderNo);
        Assert.Equal(0, await ShownStockAsync(variant));
        var admin = await shop.AdminAsync();

        var refunded = await OrderAdminShop.RefundAsync(admin, order.OrderNo, "20.00", "无法发货，全额退款");

        Assert.Equal(HttpStatusCode.Redirect, refunded.StatusCode);
        Assert.Equal(OrderStatus.Refunded, (await shop.OrderAsync(order.OrderNo)).Status);
        Assert.Equal(new Money(2000), await shop.WithAsync(s => s.GetRequiredService<IBalanceAccounts>().GetBalanceAsync(member)));
        Assert.Equal(2, await ShownStockAsync(variant));
        Assert.Contains("退款：未发货的 2 个卡密已释放回库存", await admin.GetStringAsync("/admin/orders/" + order.OrderNo), StringComparison.Ordinal);

        var next = await shop.PlaceAsync([OrderAdminShop.Line(variant, 2)], contact: "next-buyer@example.com");
        await shop.PayAsync(next.OrderNo);
        Assert.Equal(OrderStatus.Delivered, (await shop.OrderAsync(next.OrderNo)).Status);
        Assert.Equal(["UNDELIVERED-0001", "UNDELIVERED-0002"], (await shop.CodesAsync(next.OrderNo)).Select(c => c.CardNumber).Order());
    }

    [Fact]
    public async Task A_partial_refund_of_an_undelivered_order_is_refused_and_the_order_can_still_be_delivered()
    {
        var variant = await shop.CodeGoodsAsync("partly", 2);
        var member = "member-" + Guid.NewGuid().ToString("N");
        var order = await shop.PlaceAsync([OrderAdminShop.Line(variant, 2)], userId: member, contact: null, password: null);
        await PaidButNotDeliveredAsync(order.OrderNo);
        var admin = await shop.AdminAsync();

        await OrderAdminShop.RefundAsync(admin, order.OrderNo, "5.00", "先退一部分");

        Assert.Contains("订单尚未发货，只能全额退款", await admin.GetStringAsync("/admin/orders/" + order.OrderNo), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Paid, (await shop.OrderAsync(order.OrderNo)).Status);
        Assert.Equal(Money.Zero, await shop.WithAsync(s => s.GetRequiredService<IBalanceAccounts>().GetBalanceAsync(member)));
        Assert.Equal(0, await ShownStockAsync(variant));

        // The codes are still held for it: its delivery goes through.
        Assert.Equal(OrderStatus.Delivered, await shop.WithAsync(s => s.GetRequiredService<OrderDelivery>().DeliverAsync(order.OrderNo, default)));
        Assert.Equal(2, (await shop.CodesAsync(order.OrderNo)).Count);
    }

    /// <summary>
    /// The payment is recorded and the delivery left to its job (as a pay-with-balance does before it delivers), and
    /// that job waits an hour, as after a first attempt that failed.
    /// </summary>
    private async Task PaidButNotDeliveredAsync(string orderNo)
    {
        var order = await shop.OrderAsync(orderNo);
        await shop.WithAsync(s => s.GetRequiredService<OrderPayments>().RecordPaymentAsync(orderNo, order.Total, "instant", "late-" + orderNo, default));
        await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Database.ExecuteSqlRawAsync(
            "UPDATE \"Kernel_Outbox\" SET \"NotBeforeUtc\" = {0} WHERE \"Topic\" = 'orders.deliver' AND \"Payload\" LIKE {1}",
            DateTime.UtcNow.AddHours(1), $"%\"{orderNo}\"%"));
        Assert.Equal(OrderStatus.Paid, (await shop.OrderAsync(orderNo)).Status);
    }

    /// <summary>The stock figure the storefront shows buyers.</summary>
    private Task<int?> ShownStockAsync(VariantInfo variant) =>
        shop.WithAsync(s => s.GetRequiredService<IStockReader>().GetAvailableAsync(variant.GoodsId, variant.Id));
}

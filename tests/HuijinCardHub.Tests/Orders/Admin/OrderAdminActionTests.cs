using System.Net;
using HuijinCardHub.Balance;
using HuijinCardHub.Orders;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.Orders.Admin;

/// <summary>Staff on one order: deliver manual lines, refund, cancel; and who may not.</summary>
[Collection(OrderAdminCollection.Name)]
public sealed class OrderAdminActionTests(OrderAdminShop shop)
{
    private static string NewMember() => "member-" + Guid.NewGuid().ToString("N");

    private Task<Money> BalanceAsync(string userId) => shop.WithAsync(s => s.GetRequiredService<IBalanceAccounts>().GetBalanceAsync(userId));

    private static Task<HttpResponseMessage> RefundAsync(HttpClient browser, string orderNo, string amount, string reason, long refundedBefore = 0, Guid? requestId = null) =>
        OrderAdminShop.RefundAsync(browser, orderNo, amount, reason, refundedBefore, requestId);

    [Fact]
    public async Task Marking_the_manual_line_delivered_completes_a_mixed_order()
    {
        var code = await shop.CodeGoodsAsync("mixed", 1);
        var manual = (await shop.GoodsAsync("admin-manual")).Variants[0];
        var order = await shop.PlaceAsync([OrderAdminShop.Line(code), OrderAdminShop.Line(manual, 1, ("account", "player-7788"))]);
        await shop.PayAsync(order.OrderNo);
        Assert.Equal(OrderStatus.Delivering, (await shop.OrderAsync(order.OrderNo)).Status);
        var admin = await shop.AdminAsync();
        var url = "/admin/orders/" + order.OrderNo;

        var page = await admin.GetStringAsync(url);
        Assert.Contains("player-7788", page, StringComparison.Ordinal);
        Assert.Contains("标记已发货", page, StringComparison.Ordinal);
        var lineId = order.Lines.Single(l => l.GoodsId == manual.GoodsId).Id;

        var empty = await admin.SubmitAsync(url, new Dictionary<string, string> { ["DeliveryNote"] = " " }, $"{url}/lines/{lineId}/fulfil");
        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        Assert.Contains("请填写发货说明", await admin.GetStringAsync(url), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Delivering, (await shop.OrderAsync(order.OrderNo)).Status);

        var done = await admin.SubmitAsync(url, new Dictionary<string, string> { ["DeliveryNote"] = "月卡已充值到账" }, $"{url}/lines/{lineId}/fulfil");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await admin.GetStringAsync(url);
        Assert.Contains("订单全部商品已发货", after, StringComparison.Ordinal);
        Assert.Contains("月卡已充值到账", after, StringComparison.Ordinal);
        Assert.Contains("data-order-status=\"Delivered\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"DeliveryNote\"", after, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Delivered, (await shop.OrderAsync(order.OrderNo)).Status);
        Assert.Contains("orders.fulfil", await admin.GetStringAsync("/admin/audit"), StringComparison.Ordinal);

        // Again: refused, nothing changes.
        await admin.SubmitAsync(url, new Dictionary<string, string> { ["DeliveryNote"] = "再来一次" }, $"{url}/lines/{lineId}/fulfil");
        Assert.DoesNotContain("再来一次", await admin.GetStringAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refund_of_a_member_order_credits_the_balance_and_shows_in_the_timeline()
    {
        var variant = await shop.CodeGoodsAsync("refund", 1);
        var member = NewMember();
        var order = await shop.PlaceAsync(variant, userId: member, contact: null, password: null);
        await shop.PayAsync(order.OrderNo);
        var admin = await shop.AdminAsync();
        var requestId = Guid.NewGuid();

        var response = await RefundAsync(admin, order.OrderNo, "4.00", "买家误购，协商退一部分", requestId: requestId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Money(400), await BalanceAsync(member));
        var page = await admin.GetStringAsync("/admin/orders/" + order.OrderNo);
        Assert.Contains("已退款 ¥4.00", page, StringComparison.Ordinal);
        Assert.Contains("退款原因：买家误购，协商退一部分", page, StringComparison.Ordinal);
        Assert.Contains("部分退款", page, StringComparison.Ordinal);
        var summary = await shop.OrderAsync(order.OrderNo);
        Assert.Equal(OrderStatus.PartlyRefunded, summary.Status);
        Assert.Equal(new Money(400), summary.Refunded);

        // The same form posted twice refunds once.
        await RefundAsync(admin, order.OrderNo, "4.00", "买家误购，协商退一部分", requestId: requestId);
        Assert.Contains("刚刚已退款", await admin.GetStringAsync("/admin/orders/" + order.OrderNo), StringComparison.Ordinal);
        Assert.Equal(new Money(400), await BalanceAsync(member));

        // The rest, seen fresh: the order is refunded in full.
        await RefundAsync(admin, order.OrderNo, "6.00", "余款一并退回", refundedBefore: 400);
        Assert.Equal(new Money(1000), await BalanceAsync(member));
        Assert.Equal(OrderStatus.Refunded, (await shop.OrderAsync(order.OrderNo)).Status);
        Assert.Contains("orders.refund", await admin.GetStringAsync("/admin/audit"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.01", "多退一分钱", "不超过可退金额")]
    [InlineData("abc", "金额不对", "请输入有效的退款金额")]
    [InlineData("1.00", "", "请填写退款原因")]
    public async Task A_bad_refund_is_refused_with_a_message_and_changes_nothing(string amount, string reason, string message)
    {
        var variant = await shop.CodeGoodsAsync("over" + Guid.NewGuid().ToString("N")[..6], 1);
        var member = NewMember();
        var order = await shop.PlaceAsync(variant, userId: member, contact: null, password: null);
        await shop.PayAsync(order.OrderNo);
        var admin = await shop.AdminAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await RefundAsync(admin, order.OrderNo, amount, reason)).StatusCode);
        Assert.Contains(message, await admin.GetStringAsync("/admin/orders/" + order.OrderNo), StringComparison.Ordinal);
        Assert.Equal(Money.Zero, await BalanceAsync(member));
        var summary = await shop.OrderAsync(order.OrderNo);
        Assert.Equal(OrderStatus.Delivered, summary.Status);
        Assert.Equal(Money.Zero, summary.Refunded);
    }

    [Fact]
    public async Task An_unpaid_order_is_cancelled_and_its_codes_go_back_to_stock()
    {
        var variant = await shop.CodeGoodsAsync("cancel", 1);
        var order = await shop.PlaceAsync(variant);
        var admin = await shop.AdminAsync();
        var url = "/admin/orders/" + order.OrderNo;
        Assert.Contains("取消订单", await admin.GetStringAsync(url), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string>(), url + "/cancel")).StatusCode);
        Assert.Equal(OrderStatus.Cancelled, (await shop.OrderAsync(order.OrderNo)).Status);
        Assert.Equal(1, await shop.WithAsync(s => s.GetRequiredService<HuijinCardHub.CardCodes.ICodeStock>().CountAvailableAsync(variant.GoodsId, variant.Id)));

        await admin.SubmitAsync(url, new Dictionary<string, string>(), url + "/cancel");
        Assert.Contains("只有待支付的订单可以取消", await admin.GetStringAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_without_manage_orders_sees_the_order_but_cannot_refund()
    {
        var variant = await shop.CodeGoodsAsync("operator", 1);
        var member = NewMember();
        var order = await shop.PlaceAsync(variant, userId: member, contact: null, password: null);
        await shop.PayAsync(order.OrderNo);
        var helpdesk = await shop.OperatorAsync();

        var page = await helpdesk.GetAsync("/admin/orders/" + order.OrderNo);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("refund-form", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var response = await RefundAsync(helpdesk, order.OrderNo, "1.00", "客服自行退款");
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden ||
            (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/denied", StringComparison.Ordinal)),
            $"expected 403, got {(int)response.StatusCode} {response.Headers.Location}");
        Assert.Equal(Money.Zero, await BalanceAsync(member));
        Assert.Equal(Money.Zero, (await shop.OrderAsync(order.OrderNo)).Refunded);
        Assert.Equal(HttpStatusCode.OK, (await helpdesk.GetAsync("/admin/tickets")).StatusCode);
    }
}

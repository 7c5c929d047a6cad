using System.Globalization;
using System.Net;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Orders.Admin;

/// <summary>Staff handle after-sales tickets: replace a bad code, or reject with a reason.</summary>
[Collection(OrderAdminCollection.Name)]
public sealed class TicketAdminTests(OrderAdminShop shop)
{
    /// <summary>A guest buys on the storefront and pays; the browser keeps the right to see the order.</summary>
    private async Task<(HttpClient Buyer, string OrderNo)> GuestBuysAsync(string tag, int codes)
    {
        var variant = await shop.CodeGoodsAsync(tag, codes);
        var buyer = shop.CreateBrowser();
        var id = variant.Id.ToString(CultureInfo.InvariantCulture);
        var placed = await buyer.SubmitAsync($"/checkout?variant={id}&quantity=1", new Dictionary<string, string>
        {
            ["variant"] = id,
            ["quantity"] = "1",
            ["contact"] = "ticket@example.com",
            ["password"] = "pass1234",
        }, "/checkout");
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var orderNo = placed.Headers.Location!.ToString()["/order/".Length..];
        await shop.PayAsync(orderNo);
        return (buyer, orderNo);
    }

    private Task<AfterSalesTicket> OpenTicketAsync(string orderNo, long? codeId, string reason) => shop.WithAsync(async s =>
    {
        var order = await s.GetRequiredService<OrdersDbContext>().Orders.AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.OrderNo == orderNo);
        return await s.GetRequiredService<AfterSales>().OpenAsync(order, codeId, reason, "buyer", default);
    });

    [Fact]
    public async Task Replacing_a_reported_code_gives_the_buyer_a_new_one_on_the_order_page()
    {
        var (buyer, orderNo) = await GuestBuysAsync("replace", 2);
        var bad = (await shop.CodesAsync(orderNo)).Single();
        var reported = await buyer.SubmitAsync("/order/" + orderNo, new Dictionary<string, string>
        {
            ["code"] = bad.CodeId.ToString(CultureInfo.InvariantCulture),
            ["reason"] = "卡密提示已被使用",
        }, $"/order/{orderNo}/tickets");
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var admin = await shop.AdminAsync();

        var list = await admin.GetStringAsync("/admin/tickets?status=Open");
        Assert.Contains(orderNo, list, StringComparison.Ordinal);
        Assert.Contains("卡密提示已被使用", list, StringComparison.Ordinal);
        var ticketId = (await shop.WithAsync(s => Task.FromResult(s.GetRequiredService<OrdersDbContext>().Tickets.Single(t => t.OrderNo == orderNo)))).Id;
        var url = "/admin/tickets/" + ticketId.ToString(CultureInfo.InvariantCulture);
        var detail = await admin.GetStringAsync(url);
        Assert.Contains("#" + bad.CodeId.ToString(CultureInfo.InvariantCulture), detail, StringComparison.Ordinal);
        Assert.Contains("后台点卡 replace", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("REPLACE-000", detail, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, string>(), url + "/replace")).StatusCode);
        var after = await admin.GetStringAsync(url);
        Assert.Contains("已为买家更换卡密", after, StringComparison.Ordinal);
        Assert.Contains("data-ticket-status=\"Replaced\"", after, StringComparison.Ordinal);
        var ticket = await shop.TicketAsync(ticketId);
        Assert.Equal(TicketStatus.Replaced, ticket.Status);

        var fresh = (await shop.CodesAsync(orderNo)).Single(c => c.CodeId == ticket.ReplacementCodeId);
        var orderPage = await buyer.GetStringAsync("/order/" + orderNo);
        Assert.Contains(fresh.CardNumber, orderPage, StringComparison.Ordinal);

        // A closed ticket cannot be handled twice.
        await admin.SubmitAsync(url, new Dictionary<string, string>(), url + "/replace");
        Assert.Contains("工单已处理", await admin.GetStringAsync(url), StringComparison.Ordinal);
        Assert.Equal(2, (await shop.CodesAsync(orderNo)).Count);
    }

    [Fact]
    public async Task Rejecting_a_ticket_needs_a_reason_which_the_order_timeline_keeps()
    {
        var variant = await shop.CodeGoodsAsync("reject", 1);
        var order = await shop.PlaceAsync(variant);
        await shop.PayAsync(order.OrderNo);
        var code = (await shop.CodesAsync(order.OrderNo)).Single();
        var ticket = await OpenTicketAsync(order.OrderNo, code.CodeId, "我觉得不值");
        var admin = await shop.AdminAsync();
        var url = "/admin/tickets/" + ticket.Id.ToString(CultureInfo.InvariantCulture);

        await admin.SubmitAsync(url, new Dictionary<string, string> { ["Reason"] = "" }, url + "/reject");
        Assert.Contains("请填写驳回原因", await admin.GetStringAsync(url), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Open, (await shop.TicketAsync(ticket.Id)).Status);

        await admin.SubmitAsync(url, new Dictionary<string, string> { ["Reason"] = "卡密经核实可正常使用" }, url + "/reject");
        Assert.Equal(TicketStatus.Rejected, (await shop.TicketAsync(ticket.Id)).Status);
        Assert.Contains("卡密经核实可正常使用", await admin.GetStringAsync("/admin/orders/" + order.OrderNo), StringComparison.Ordinal);
        Assert.Contains("orders.ticket.reject", await admin.GetStringAsync("/admin/audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_refund_pays_the_member_back_and_an_operator_may_not_do_it()
    {
        var variant = await shop.CodeGoodsAsync("ticketrefund", 1);
        var member = "member-" + Guid.NewGuid().ToString("N");
        var order = await shop.PlaceAsync(variant, userId: member, contact: null, password: null);
        await shop.PayAsync(order.OrderNo);
        var ticket = await OpenTicketAsync(order.OrderNo, null, "一直没有到账");
        var url = "/admin/tickets/" + ticket.Id.ToString(CultureInfo.InvariantCulture);

        var helpdesk = await shop.OperatorAsync();
        var page = await helpdesk.GetStringAsync(url);
        Assert.DoesNotContain("ticket-refund-form", page, StringComparison.Ordinal);
        var refused = await helpdesk.SubmitAsync(url, new Dictionary<string, string> { ["Amount"] = "10.00" }, url + "/refund");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(TicketStatus.Open, (await shop.TicketAsync(ticket.Id)).Status);

        var admin = await shop.AdminAsync();
        await admin.SubmitAsync(url, new Dictionary<string, string> { ["Amount"] = "10.00" }, url + "/refund");
        Assert.Equal(TicketStatus.Refunded, (await shop.TicketAsync(ticket.Id)).Status);
        Assert.Equal(new Money(1000), await shop.WithAsync(s => s.GetRequiredService<HuijinCardHub.Balance.IBalanceAccounts>().GetBalanceAsync(member)));
    }
}

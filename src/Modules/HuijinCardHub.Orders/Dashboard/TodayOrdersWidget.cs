using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using HuijinCardHub.Admin;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Orders.Dashboard;

/// <summary>"今日订单": orders placed and money received today (Beijing day), orders awaiting payment, open tickets.</summary>
internal sealed class TodayOrdersWidget : IDashboardWidget
{
    public int Order => -800;

    public string? Permission => Permissions.ViewOrders.Name;

    public async Task<string> RenderAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<OrdersDbContext>();
        var since = ChinaTime.TodayStartUtc(services.GetRequiredService<IClock>().UtcNow);
        var placed = await db.Orders.CountAsync(o => o.CreatedUtc >= since, cancellationToken);
        var paid = new Money(await db.Orders.Where(o => o.PaidUtc >= since && OrderStatuses.PaidOrLater.Contains(o.Status))
            .SumAsync(o => (long?)o.TotalFen, cancellationToken) ?? 0);
        var pending = await db.Orders.CountAsync(o => o.Status == OrderStatus.PendingPayment, cancellationToken);
        var tickets = await db.Tickets.CountAsync(t => t.Status == TicketStatus.Open, cancellationToken);

        var encoder = services.GetService<HtmlEncoder>() ?? HtmlEncoder.Default;
        string Text(string zh, string en) => encoder.Encode(new Bilingual(zh, en).ToString());
        string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        html.Append("<div class=\"card\" id=\"today-orders-widget\"><div class=\"card-header\"><h3 class=\"card-title\">")
            .Append(Text("今日订单", "Today's orders")).Append("</h3></div><div class=\"card-body\"><div class=\"row g-2\">")
            .Append(Stat(Text("下单数", "Placed"), Number(placed), "placed"))
            .Append(Stat(Text("收款金额", "Received"), encoder.Encode(paid.ToString()), "paid"))
            .Append(Stat(Text("待支付", "Awaiting payment"), Number(pending), "pending"))
            .Append(Stat(Text("待处理售后", "Open tickets"), Number(tickets), "tickets"))
            .Append("</div><div class=\"mt-2\"><a class=\"btn btn-sm\" href=\"/admin/orders\">").Append(Text("查看订单", "View orders"))
            .Append("</a> <a class=\"btn btn-sm\" href=\"/admin/tickets?status=Open\">").Append(Text("处理售后", "Handle tickets"))
            .Append("</a></div></div></div>");
        return html.ToString();
    }

    private static string Stat(string label, string value, string key) =>
        $"<div class=\"col-6\"><div class=\"text-secondary small\">{label}</div><div class=\"h2 mb-0\" data-today-{key}>{value}</div></div>";
}

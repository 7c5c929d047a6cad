using System.Security.Claims;
using HuijinCardHub.Admin;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Dashboard;

/// <summary>"今日订单": orders placed and money received today (Beijing day), orders awaiting payment, open tickets.</summary>
internal sealed class TodayOrdersWidget(OrdersDbContext db, IClock clock) : IDashboardWidget
{
    public int Order => -800;

    public string? Permission => Permissions.ViewOrders.Name;

    public async Task<DashboardCard?> LoadAsync(ClaimsPrincipal viewer, CancellationToken cancellationToken)
    {
        var since = ShopTime.TodayStartUtc(clock.UtcNow);
        var placed = await db.Orders.CountAsync(o => o.CreatedUtc >= since, cancellationToken);
        var paid = new Money(await db.Orders.Where(o => o.PaidUtc >= since && OrderStatuses.PaidOrLater.Contains(o.Status))
            .SumAsync(o => (long?)o.TotalFen, cancellationToken) ?? 0);
        var pending = await db.Orders.CountAsync(o => o.Status == OrderStatus.PendingPayment, cancellationToken);
        var tickets = await db.Tickets.CountAsync(t => t.Status == TicketStatus.Open, cancellationToken);
        return new DashboardCard("~/Views/Dashboard/TodayOrders.cshtml", new TodayOrdersCard(placed, paid, pending, tickets));
    }
}

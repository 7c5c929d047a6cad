using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Models;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// The staff order list: filter by state, China-time days and a search over order number, contact, member name
/// and goods name; one page of rows plus the count and sums of everything the filter matched.
/// </summary>
internal sealed class OrderAdminQueries(OrdersDbContext db)
{
    public const int PageSize = 50;

    public async Task<OrderListPage> ListAsync(OrderFilter filter, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var orders = Filter(filter, problems);
        var total = await orders.CountAsync(cancellationToken);
        var amount = await orders.SumAsync(o => (long?)o.TotalFen, cancellationToken) ?? 0;
        var refunded = await orders.SumAsync(o => (long?)o.RefundedFen, cancellationToken) ?? 0;
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await orders.Include(o => o.Lines).OrderByDescending(o => o.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new OrderListPage(filter, rows.Select(Row).ToList(), total, new Money(amount), new Money(refunded), page, pageCount, problems);
    }

    /// <summary>The filtered orders, not tracked. A day that does not parse is ignored and said so in <paramref name="problems"/>.</summary>
    public IQueryable<Order> Filter(OrderFilter filter, List<string>? problems = null)
    {
        var orders = db.Orders.AsNoTracking();
        if (filter.StatusValue is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        if (ShopTime.TryDayStartUtc(filter.From, out var from))
        {
            orders = orders.Where(o => o.CreatedUtc >= from);
        }
        else if (!string.IsNullOrWhiteSpace(filter.From))
        {
            problems?.Add(BadDay.ToString());
        }

        if (ShopTime.TryDayStartUtc(filter.To, out var to))
        {
            var end = to.AddDays(1);
            orders = orders.Where(o => o.CreatedUtc < end);
        }
        else if (!string.IsNullOrWhiteSpace(filter.To))
        {
            problems?.Add(BadDay.ToString());
        }

        if (filter.Search is { } q)
        {
            // An order number is matched from its start (numbers begin with the date), everything else anywhere.
            orders = orders.Where(o => o.OrderNo.StartsWith(q) ||
                (o.Contact != null && o.Contact.Contains(q)) ||
                (o.UserName != null && o.UserName.Contains(q)) ||
                db.Lines.Any(l => l.OrderId == o.Id && l.GoodsName.Contains(q)));
        }

        return orders;
    }

    public static OrderRow Row(Order order) => new(
        order.OrderNo,
        order.Status,
        order.UserName ?? (order.UserId is null ? new Bilingual("游客", "Guest").ToString() : order.UserId),
        order.Contact,
        string.Join("、", order.Lines.OrderBy(l => l.Id).Select(l => $"{l.GoodsName}（{l.VariantName}）× {l.Quantity}")),
        order.Total,
        order.Refunded,
        order.PaymentChannel,
        order.CreatedUtc);

    private static readonly Bilingual BadDay = new("日期格式应为 2026-01-31，已忽略", "Dates look like 2026-01-31; the date was ignored");
}

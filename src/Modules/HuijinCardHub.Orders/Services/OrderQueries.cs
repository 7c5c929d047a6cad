using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>The read-only <see cref="IOrderQueries"/> contract for other modules; never returns codes.</summary>
internal sealed class OrderQueries(OrdersDbContext db) : IOrderQueries
{
    public async Task<OrderSummary?> GetAsync(string orderNo, CancellationToken cancellationToken = default)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.OrderNo == orderNo, cancellationToken);
        return order is null ? null : Summary(order);
    }

    public async Task<IReadOnlyList<OrderSummary>> ListForBuyerAsync(string userId, int skip, int take, CancellationToken cancellationToken = default)
    {
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.UserId == userId)
            .OrderByDescending(o => o.CreatedUtc).Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
        return orders.Select(Summary).ToList();
    }

    private static OrderSummary Summary(Order order) => new(
        order.OrderNo, order.UserId, order.Status, order.Total, order.Refunded, order.PaymentChannel, order.CreatedUtc, order.PaidUtc,
        order.Lines.OrderBy(l => l.Id).Select(l => new OrderLineSummary(l.GoodsId, l.VariantId, l.GoodsName, l.VariantName, l.Quantity, new Money(l.UnitPriceFen), new Money(l.CostFen))).ToList());
}

using HuijinCardHub.Orders.Domain;

namespace HuijinCardHub.Orders.Services;

/// <summary>The one place an order becomes what its events carry (number, site, buyer, lines, total).</summary>
internal static class OrderSnapshots
{
    /// <param name="order">Read with its lines.</param>
    public static OrderSnapshot Of(Order order) => new(
        order.OrderNo,
        order.SiteId,
        new OrderBuyer(order.UserId, order.UserName, order.Contact),
        [.. order.Lines.OrderBy(l => l.Id).Select(l => new OrderEventLine(
            l.GoodsId, l.VariantId, l.GoodsName, l.VariantName, l.Fulfilment, l.Quantity, new Money(l.UnitPriceFen), new Money(l.CostFen)))],
        order.Total,
        order.CreatedUtc);
}

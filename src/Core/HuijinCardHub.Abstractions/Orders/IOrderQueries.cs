namespace HuijinCardHub.Orders;

/// <summary>Read-only view of orders for other modules (dashboards, risk, agents, open API). Never returns codes.</summary>
public interface IOrderQueries
{
    Task<OrderSummary?> GetAsync(string orderNo, CancellationToken cancellationToken = default);

    /// <summary>A member's orders, newest first.</summary>
    Task<IReadOnlyList<OrderSummary>> ListForBuyerAsync(string userId, int skip, int take, CancellationToken cancellationToken = default);
}

public sealed record OrderSummary(
    string OrderNo,
    string? UserId,
    OrderStatus Status,
    Money Total,
    Money Refunded,
    string? PaymentChannel,
    DateTime CreatedUtc,
    DateTime? PaidUtc,
    IReadOnlyList<OrderLineSummary> Lines);

public sealed record OrderLineSummary(long GoodsId, long VariantId, string GoodsName, string VariantName, int Quantity, Money UnitPrice, Money Cost);

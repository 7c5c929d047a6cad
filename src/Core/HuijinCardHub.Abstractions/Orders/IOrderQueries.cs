namespace HuijinCardHub.Orders;
/// <summary>Read-only view of orders for other modules (dashboards, risk, agents, open API). Never returns codes.</summary>
public interface IOrderQueries
{
    Task<OrderSummary?> GetAsync(string orderNo, CancellationToken cancellationToken = default);

    /// <summary>A member's orders, newest first.</summary>
    Task<IReadOnlyList<OrderSummary>> ListForBuyerAsync(string userId, int skip, int take, CancellationToken cancellationToken = default);
}

using HuijinCardHub.Sites;

namespace HuijinCardHub.Orders.Checkout;

/// <summary>
/// What price contributors and checkout checks see of a checkout about to place an order: who buys, on which
/// sub-station, which priced lines, and the request that asked. Built once per checkout, before anything is written.
/// </summary>
public sealed record CheckoutContext(CheckoutBuyer Buyer, Site Site, IReadOnlyList<CheckoutLineInfo> Lines, CheckoutRequestInfo Request)
{
    /// <summary>The lines' totals at their priced unit prices, before any discount line.</summary>
    public Money Subtotal => Lines.Aggregate(Money.Zero, (sum, line) => sum + line.Total);
}

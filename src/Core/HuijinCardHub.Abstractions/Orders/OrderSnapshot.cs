namespace HuijinCardHub.Orders;

/// <summary>
/// What every order event carries, so a subscriber (commission, webhooks, risk, dashboards) needs no query back into
/// Orders: the number, the sub-station it was placed on (null: placed before orders recorded their site), the buyer,
/// the lines and the total.
/// </summary>
public sealed record OrderSnapshot(string OrderNo, long? SiteId, OrderBuyer Buyer, IReadOnlyList<OrderEventLine> Lines, Money Total, DateTime PlacedUtc);

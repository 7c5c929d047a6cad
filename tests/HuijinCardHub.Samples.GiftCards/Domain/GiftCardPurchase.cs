namespace HuijinCardHub.Samples.GiftCards.Domain;

/// <summary>A paid order line of gift cards, as the OrderPaid subscriber recorded it for the buyer's "My gift cards" page.</summary>
internal sealed class GiftCardPurchase
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public string OrderNo { get; set; } = "";

    public string? UserId { get; set; }

    public string GoodsName { get; set; } = "";

    public int Quantity { get; set; }

    public DateTime PaidUtc { get; set; }
}

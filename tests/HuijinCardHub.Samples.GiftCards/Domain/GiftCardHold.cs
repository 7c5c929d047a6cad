namespace HuijinCardHub.Samples.GiftCards.Domain;

/// <summary>What an order line holds: placed (held), paid (issued) or expired/cancelled (released). Keyed by the line's holder.</summary>
internal sealed class GiftCardHold
{
    public string Holder { get; set; } = "";

    public string OrderNo { get; set; } = "";

    public int Quantity { get; set; }

    public GiftCardHoldState State { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

internal enum GiftCardHoldState
{
    Held = 0,
    Issued = 1,
    Released = 2,
}

namespace HuijinCardHub.Samples.GiftCards.Domain;

/// <summary>One gift card handed to a buyer: its number, under the order line's holder.</summary>
internal sealed class IssuedGiftCard
{
    public long Id { get; set; }

    public string Holder { get; set; } = "";

    public string Number { get; set; } = "";

    public DateTime IssuedUtc { get; set; }
}

namespace HuijinCardHub.Catalog.Domain;

/// <summary>Buying at least <see cref="MinQuantity"/> units of a goods at once gives this discount.</summary>
internal sealed class WholesaleTier
{
    public long Id { get; set; }

    public long GoodsId { get; set; }

    public int MinQuantity { get; set; }

    public int DiscountBasisPoints { get; set; }
}

namespace HuijinCardHub.Catalog.Domain;

/// <summary>A sellable SKU of a goods (10元, 30元...), with its own price and cost.</summary>
internal sealed class Variant
{
    public long Id { get; set; }

    public long GoodsId { get; set; }

    public required string Name { get; set; }

    public Money Price { get; set; }

    public Money Cost { get; set; }

    /// <summary>Stock counted by hand for manual and direct top-up goods; null means unlimited.</summary>
    public int? ManualStock { get; set; }

    public int SortOrder { get; set; }

    public bool Enabled { get; set; } = true;
}

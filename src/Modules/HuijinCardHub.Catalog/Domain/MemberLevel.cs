namespace HuijinCardHub.Catalog.Domain;

/// <summary>A member level (普通会员, 黄金会员...) reached by lifetime spend, with its discount.</summary>
internal sealed class MemberLevel
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>9500 = pays 95% of the price; 10000 = no discount.</summary>
    public int DiscountBasisPoints { get; set; } = 10_000;

    /// <summary>Lifetime spend from which the level applies.</summary>
    public Money Threshold { get; set; }

    public int SortOrder { get; set; }
}

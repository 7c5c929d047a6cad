namespace HuijinCardHub.Catalog;

/// <summary>How a goods is fulfilled.</summary>
public enum GoodsKind
{
    /// <summary>Card codes from stock, delivered automatically.</summary>
    Code = 0,

    /// <summary>The buyer gives an account (QQ, phone); a supplier or staff tops it up.</summary>
    DirectTopUp = 1,

    /// <summary>Staff fulfil by hand.</summary>
    Manual = 2,
}

public enum BuyerInputKind
{
    Text = 0,
    Phone = 1,
    QQ = 2,
    Email = 3,
    Number = 4,
}

public sealed record GoodsSummary(
    long Id,
    long CategoryId,
    string Name,
    string Slug,
    GoodsKind Kind,
    bool Visible,
    bool Hot,
    string? ImageUrl,
    Money LowestPrice,
    int LowStockThreshold);

public sealed record GoodsDetail(
    GoodsSummary Summary,
    string? ShortDescription,
    string DescriptionHtml,
    PurchaseLimits Limits,
    IReadOnlyList<long> VisibleToLevels,
    IReadOnlyList<VariantInfo> Variants,
    IReadOnlyList<BuyerInputFieldInfo> InputFields);

/// <param name="MaxPerBuyerPerDay">Null: no daily limit.</param>
public sealed record PurchaseLimits(int MinPerOrder, int MaxPerOrder, int? MaxPerBuyerPerDay);

/// <param name="ManualStock">For manual and direct top-up goods; null means unlimited.</param>
public sealed record VariantInfo(long Id, long GoodsId, string Name, Money Price, Money Cost, int? ManualStock, bool Enabled, int SortOrder);

public sealed record BuyerInputFieldInfo(long Id, string Key, string Label, BuyerInputKind Kind, bool Required, string? Pattern, string? Placeholder);

public sealed record MemberLevelInfo(long Id, string Name, int DiscountBasisPoints, Money Threshold, int SortOrder);

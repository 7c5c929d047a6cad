namespace HuijinCardHub.Catalog;

public sealed record GoodsDetail(
    GoodsSummary Summary,
    string? ShortDescription,
    string DescriptionHtml,
    PurchaseLimits Limits,
    IReadOnlyList<long> VisibleToLevels,
    IReadOnlyList<VariantInfo> Variants,
    IReadOnlyList<BuyerInputFieldInfo> InputFields);

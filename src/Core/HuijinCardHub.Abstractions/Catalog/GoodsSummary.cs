namespace HuijinCardHub.Catalog;

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

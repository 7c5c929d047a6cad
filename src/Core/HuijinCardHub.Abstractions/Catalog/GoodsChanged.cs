namespace HuijinCardHub.Catalog;

/// <summary>Raised after commit when goods (or their variants, categories or visibility) changed or were deleted.</summary>
public sealed record GoodsChanged(IReadOnlyList<long> GoodsIds);

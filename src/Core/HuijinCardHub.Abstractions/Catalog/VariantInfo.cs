namespace HuijinCardHub.Catalog;

/// <param name="ManualStock">For manual and direct top-up goods; null means unlimited.</param>
public sealed record VariantInfo(long Id, long GoodsId, string Name, Money Price, Money Cost, int? ManualStock, bool Enabled, int SortOrder);

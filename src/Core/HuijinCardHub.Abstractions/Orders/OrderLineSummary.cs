namespace HuijinCardHub.Orders;

public sealed record OrderLineSummary(long GoodsId, long VariantId, string GoodsName, string VariantName, int Quantity, Money UnitPrice, Money Cost);

using HuijinCardHub.Catalog;

namespace HuijinCardHub.Orders;

/// <summary>One line of an order as events carry it: the goods, its kind, how many, at what price and cost when bought.</summary>
public sealed record OrderEventLine(long GoodsId, long VariantId, string GoodsName, string VariantName, GoodsKind Kind, int Quantity, Money UnitPrice, Money UnitCost)
{
    public Money LineTotal => new(UnitPrice.Fen * Quantity);
}

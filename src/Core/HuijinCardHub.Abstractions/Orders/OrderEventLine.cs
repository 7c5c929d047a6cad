namespace HuijinCardHub.Orders;

/// <summary>One line of an order as events carry it: the goods, its kind, how many, at what price and cost when bought.</summary>
/// <param name="Kind">The goods kind's key (<c>Catalog.GoodsKinds</c>: "code", "manual", a plugin's own), the fulfilment that serves the line.</param>
public sealed record OrderEventLine(long GoodsId, long VariantId, string GoodsName, string VariantName, string Kind, int Quantity, Money UnitPrice, Money UnitCost)
{
    public Money LineTotal => new(UnitPrice.Fen * Quantity);
}

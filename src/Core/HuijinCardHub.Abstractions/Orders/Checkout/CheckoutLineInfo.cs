namespace HuijinCardHub.Orders.Checkout;

/// <summary>One priced line of a checkout.</summary>
/// <param name="Number">1-based, in the order the buyer listed the lines; discount lines refer to it.</param>
/// <param name="Kind">The goods kind key (<see cref="Catalog.GoodsKinds"/>).</param>
/// <param name="UnitPrice">After the price pipeline (member level, wholesale, site markup, margin floor).</param>
/// <param name="Floor">The least one unit may sell for (cost plus the minimum margin); null when nothing holds it up but zero.</param>
public sealed record CheckoutLineInfo(
    int Number,
    long GoodsId,
    long VariantId,
    string GoodsName,
    string Kind,
    int Quantity,
    Money UnitPrice,
    Money Cost,
    Money? Floor)
{
    public Money Total => UnitPrice * Quantity;
}

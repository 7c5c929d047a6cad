using HuijinCardHub.Catalog;

namespace HuijinCardHub.Orders.Domain;

/// <summary>One goods variant in an order, with the price and names as they were when it was bought.</summary>
internal sealed class OrderLine
{
    public long Id { get; set; }

    public long OrderId { get; set; }

    public long GoodsId { get; set; }

    public long VariantId { get; set; }

    public string GoodsName { get; set; } = "";

    public string VariantName { get; set; } = "";

    /// <summary>The catalogue's number for the goods kind, as it was when bought (kept for reports; Orders decides by <see cref="Fulfilment"/>).</summary>
    public GoodsKind Kind { get; set; }

    /// <summary>The goods kind key whose fulfilment holds and hands over this line ("code", "manual").</summary>
    public string Fulfilment { get; set; } = "";

    /// <summary>
    /// The name this line's stock is held under ("{orderNo}#{number}"), stored when the order is placed: every
    /// reservation, delivery, release and replacement uses it, so it never depends on where the line sits.
    /// </summary>
    public string Holder { get; set; } = "";

    public int Quantity { get; set; }

    public long UnitPriceFen { get; set; }

    public long CostFen { get; set; }

    /// <summary>What the buyer typed for the goods' input fields (account, QQ...), as JSON.</summary>
    public string InputsJson { get; set; } = "{}";

    /// <summary>For manual and direct top-up lines: what staff wrote when fulfilling.</summary>
    public string? DeliveryNote { get; set; }

    public bool Fulfilled { get; set; }

    public Money LineTotal => new(UnitPriceFen * Quantity);
}

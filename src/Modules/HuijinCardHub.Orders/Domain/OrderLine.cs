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

    public GoodsKind Kind { get; set; }

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

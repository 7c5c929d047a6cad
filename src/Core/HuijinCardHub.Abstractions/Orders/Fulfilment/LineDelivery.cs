namespace HuijinCardHub.Orders.Fulfilment;

/// <summary>What a delivery call did for one line.</summary>
/// <param name="Delivered">The line is handed over completely; false: it waits for someone (staff, a supplier).</param>
/// <param name="Units">Units handed over so far.</param>
public sealed record LineDelivery(bool Delivered, int Units)
{
    /// <summary>Nothing handed over yet: staff or a supplier finish the line, and say so through Orders.</summary>
    public static LineDelivery Waiting { get; } = new(false, 0);
}

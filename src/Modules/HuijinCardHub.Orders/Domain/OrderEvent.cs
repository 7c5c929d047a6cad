namespace HuijinCardHub.Orders.Domain;

/// <summary>One entry of an order's timeline: a state change or a note (payment, delivery, after-sales).</summary>
internal sealed class OrderEvent
{
    public long Id { get; set; }

    public long OrderId { get; set; }

    public OrderStatus? FromStatus { get; set; }

    public OrderStatus? ToStatus { get; set; }

    public string TextZh { get; set; } = "";

    public string TextEn { get; set; } = "";

    /// <summary>"buyer", "system", a payment channel, or the staff user name.</summary>
    public string Actor { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}

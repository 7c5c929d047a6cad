namespace HuijinCardHub.Orders.Domain;

/// <summary>An order: who buys, how much, in which state. Its lines say what.</summary>
internal sealed class Order
{
    public long Id { get; set; }

    /// <summary>Readable and unique: date and time of creation plus random digits ("20261124231502 4817").</summary>
    public string OrderNo { get; set; } = "";

    /// <summary>The member who ordered; null for a guest.</summary>
    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public ContactKind ContactKind { get; set; }

    /// <summary>E-mail, phone or QQ the buyer gave; required for a guest.</summary>
    public string? Contact { get; set; }

    /// <summary>PBKDF2 of the guest's order query password (salt included); null for a member without one.</summary>
    public string? QueryPasswordHash { get; set; }

    public OrderStatus Status { get; set; }

    public long TotalFen { get; set; }

    public long RefundedFen { get; set; }

    public string? PaymentChannel { get; set; }

    public string? TransactionId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? PaidUtc { get; set; }

    public DateTime? DeliveredUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string? ClientIp { get; set; }

    /// <summary>The sub-station (分站) the order was placed on; null for orders from before sites were recorded.</summary>
    public long? SiteId { get; set; }

    /// <summary>The id of the checkout form that placed it (unique): a second post of that form finds this order.</summary>
    public string? CheckoutRequestId { get; set; }

    /// <summary>A checkout check asked for review: the order may be paid, but is delivered only once staff release it.</summary>
    public bool DeliveryHeld { get; set; }

    /// <summary>The discount lines checkout added (<see cref="OrderDiscount"/>, as JSON); null when none. <see cref="TotalFen"/> is after them.</summary>
    public string? DiscountsJson { get; set; }

    public List<OrderLine> Lines { get; set; } = [];

    public Money Total => new(TotalFen);

    public Money Refunded => new(RefundedFen);
}

internal enum ContactKind
{
    None = 0,
    Email = 1,
    Phone = 2,
    QQ = 3,
}

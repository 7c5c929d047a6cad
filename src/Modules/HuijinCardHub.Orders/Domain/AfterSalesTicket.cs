namespace HuijinCardHub.Orders.Domain;

/// <summary>A buyer's report of a bad code (or undelivered goods), and what staff did about it.</summary>
internal sealed class AfterSalesTicket
{
    public long Id { get; set; }

    public long OrderId { get; set; }

    public string OrderNo { get; set; } = "";

    public string? UserId { get; set; }

    /// <summary>The code reported bad, when the ticket is about one code.</summary>
    public long? CodeId { get; set; }

    public string Reason { get; set; } = "";

    public TicketStatus Status { get; set; }

    public string? Resolution { get; set; }

    public long? ReplacementCodeId { get; set; }

    public long RefundFen { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ResolvedUtc { get; set; }
}

internal enum TicketStatus
{
    Open = 0,
    Replaced = 1,
    Refunded = 2,
    Rejected = 3,
}

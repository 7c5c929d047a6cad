namespace HuijinCardHub.Orders.Models;

/// <summary>"标记已发货" for a manual or direct top-up line.</summary>
public sealed class FulfilForm
{
    /// <summary>What the buyer reads on the order page (account delivered, top-up reference...).</summary>
    public string? DeliveryNote { get; set; }
}

/// <summary>A staff refund from the order page.</summary>
public sealed class RefundForm
{
    /// <summary>In yuan, as typed: "5", "12.50".</summary>
    public string? Amount { get; set; }

    public string? Reason { get; set; }

    /// <summary>What was refunded (fen) when the page was shown: a form posted twice is refused the second time.</summary>
    public long RefundedBefore { get; set; }

    /// <summary>Generated with the page; the balance credit's reference.</summary>
    public Guid RequestId { get; set; }
}

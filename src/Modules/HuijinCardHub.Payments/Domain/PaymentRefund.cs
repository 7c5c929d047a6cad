namespace HuijinCardHub.Payments.Domain;

/// <summary>Money sent back through the channel of one payment.</summary>
internal sealed class PaymentRefund
{
    public long Id { get; set; }

    /// <summary>The shop's number, sent to the gateway as out_refund_no: the same number again refunds once.</summary>
    public string RefundNo { get; set; } = "";

    public long PaymentId { get; set; }

    public string PaymentNo { get; set; } = "";

    public string? OrderNo { get; set; }

    public long AmountFen { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>What the refund answers, unique: the order refund's reference, or "second-payment", "late-payment".</summary>
    public string Reference { get; set; } = "";

    public PaymentRefundStatus Status { get; set; }

    public string? GatewayRefundNo { get; set; }

    public string? Problem { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? CompletedUtc { get; set; }
}

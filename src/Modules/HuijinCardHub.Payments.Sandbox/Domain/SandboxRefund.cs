namespace HuijinCardHub.Payments.Sandbox.Domain;

/// <summary>A refund a simulated gateway made.</summary>
internal sealed class SandboxRefund
{
    public long Id { get; set; }

    public long PaymentId { get; set; }

    public string OutRefundNo { get; set; } = "";

    public string RefundNo { get; set; } = "";

    public long AmountFen { get; set; }

    public DateTime CreatedUtc { get; set; }
}

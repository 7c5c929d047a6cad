namespace HuijinCardHub.Payments.Sandbox.Domain;

/// <summary>A payment a simulated gateway took (or was asked to take).</summary>
internal sealed class SandboxPayment
{
    public long Id { get; set; }

    public string Gateway { get; set; } = "";

    public string MerchantId { get; set; } = "";

    public string OutTradeNo { get; set; } = "";

    /// <summary>The sandbox's own number for it (trade_no, transaction_id, queryId).</summary>
    public string TradeNo { get; set; } = "";

    public long AmountFen { get; set; }

    public long RefundedFen { get; set; }

    public string Subject { get; set; } = "";

    public string NotifyUrl { get; set; } = "";

    public string? ReturnUrl { get; set; }

    public string? Extra { get; set; }

    public SandboxPaymentStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? PaidUtc { get; set; }
}

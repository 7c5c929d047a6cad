using HuijinCardHub.Payments;

namespace HuijinCardHub.Payments.Domain;

/// <summary>
/// One attempt to pay an order or a top-up through one channel. An order may have several (the buyer switched channel,
/// paid in two tabs); at most one of them pays the order (<see cref="PaidTheOrder"/>), any other paid one is refunded.
/// </summary>
internal sealed class Payment
{
    public long Id { get; set; }

    /// <summary>The shop's number, sent to the gateway as out_trade_no: unique, letters and digits only.</summary>
    public string PaymentNo { get; set; } = "";

    public PaymentPurpose Purpose { get; set; }

    /// <summary>The order paid, for <see cref="PaymentPurpose.Order"/>.</summary>
    public string? OrderNo { get; set; }

    /// <summary>The member paying (always set for a top-up), or null for a guest.</summary>
    public string? UserId { get; set; }

    public long? SiteId { get; set; }

    public long ChannelId { get; set; }

    public string Provider { get; set; } = "";

    public string Method { get; set; } = "";

    /// <summary>What the gateway is to charge: the amount due plus <see cref="FeeFen"/>.</summary>
    public long AmountFen { get; set; }

    public long FeeFen { get; set; }

    public long RefundedFen { get; set; }

    public PaymentStatus Status { get; set; }

    /// <summary>True for the one payment that paid its order; a second paid payment of the order stays false and is refunded.</summary>
    public bool PaidTheOrder { get; set; }

    public string? GatewayTradeNo { get; set; }

    /// <summary>Why it failed or was closed, for the admin.</summary>
    public string? Problem { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the shop stops waiting: reconciliation asks the gateway about payments still pending after this.</summary>
    public DateTime ExpiresUtc { get; set; }

    public DateTime? PaidUtc { get; set; }

    public DateTime? LastQueriedUtc { get; set; }

    public int QueryCount { get; set; }

    /// <summary>A top-up form's one-time id: a form sent twice starts one payment.</summary>
    public Guid? RequestId { get; set; }

    public Money Amount => new(AmountFen);

    public Money Fee => new(FeeFen);
}

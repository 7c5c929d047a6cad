namespace HuijinCardHub.Payments.Domain;

/// <summary>A notification stored exactly as received, with what the shop decided about it: the evidence for every dispute.</summary>
internal sealed class PaymentNotification
{
    public long Id { get; set; }

    public NotificationSource Source { get; set; }

    public long ChannelId { get; set; }

    public string Provider { get; set; } = "";

    public string HttpMethod { get; set; } = "";

    public string QueryString { get; set; } = "";

    /// <summary>The request headers as JSON (name to value).</summary>
    public string HeadersJson { get; set; } = "{}";

    public string? ContentType { get; set; }

    public byte[] Body { get; set; } = [];

    public string? RemoteIp { get; set; }

    public DateTime ReceivedUtc { get; set; }

    /// <summary>The provider's reading (<see cref="NotificationOutcome"/>).</summary>
    public NotificationOutcome Outcome { get; set; }

    /// <summary>What the shop did: "delivered", "duplicate", "refused: amount", "refunded: second payment"... (English key).</summary>
    public string Verdict { get; set; } = "";

    /// <summary>Why, in both languages ("中文 / English"), when refused.</summary>
    public string? Problem { get; set; }

    public string? PaymentNo { get; set; }

    public string? GatewayState { get; set; }

    /// <summary>Whether the gateway was told the notification was accepted.</summary>
    public bool Acknowledged { get; set; }
}

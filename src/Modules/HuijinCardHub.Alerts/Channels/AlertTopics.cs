namespace HuijinCardHub.Alerts.Channels;

internal static class AlertTopics
{
    public const string Email = "alerts.email";
    public const string Webhook = "alerts.webhook";
}

/// <summary>One message per recipient, so a retry never mails the ones already reached.</summary>
internal sealed record EmailDelivery(long AlertId, string To);

internal sealed record WebhookDelivery(long AlertId);

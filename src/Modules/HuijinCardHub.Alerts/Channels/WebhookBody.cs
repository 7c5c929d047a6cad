using System.Text.Json;
using HuijinCardHub.Alerts.Domain;

namespace HuijinCardHub.Alerts.Channels;

/// <summary>What the webhook receiver gets, in camelCase JSON.</summary>
internal sealed record WebhookBody(
    string Event,
    long Id,
    string Kind,
    string Severity,
    WebhookTitle Title,
    string? Detail,
    string Reference,
    int Count,
    string Status,
    DateTime FirstSeenUtc,
    DateTime LastSeenUtc,
    long Delivery,
    int Attempt,
    DateTime SentUtc)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Serialize(Alert alert, OutboxMessageInfo delivery, DateTime sentUtc) =>
        JsonSerializer.SerializeToUtf8Bytes(new WebhookBody(
            "alert", alert.Id, alert.Kind, alert.Severity.ToString(), new WebhookTitle(alert.TitleZh, alert.TitleEn),
            alert.Detail, alert.Reference, alert.Count, alert.Status.ToString(), alert.FirstSeenUtc, alert.LastSeenUtc,
            delivery.Id, delivery.Attempt, sentUtc), Json);
}

internal sealed record WebhookTitle(string Zh, string En);

internal sealed record OutboxMessageInfo(long Id, int Attempt);

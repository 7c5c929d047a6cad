using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using HuijinCardHub.Alerts.Data;
using HuijinCardHub.Alerts.Domain;
using HuijinCardHub.Jobs;
using HuijinCardHub.Net;
using HuijinCardHub.Settings;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Alerts.Channels;

/// <summary>
/// POSTs one alert as signed JSON through the shop's outbound client, which refuses loopback and private addresses
/// at connect time unless the owner allows the host. A non-2xx answer (a redirect too) or no answer within 5 s fails
/// the message for a retry.
/// </summary>
internal sealed class WebhookAlertHandler(AlertsDbContext db, ISettingsStore settings, IOutboundHttp outbound, IClock clock) : IOutboxHandler
{
    public string Topic => AlertTopics.Webhook;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var delivery = JsonSerializer.Deserialize<WebhookDelivery>(message.PayloadJson)
            ?? throw new InvalidOperationException("Empty webhook delivery");
        var alert = await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == delivery.AlertId, cancellationToken);
        var section = await settings.GetAsync<AlertSettings>(cancellationToken);
        // Switched off or unset since the alert was raised: nothing to deliver to.
        if (alert is null || !section.WebhookEnabled || string.IsNullOrEmpty(section.WebhookSecret)
            || !HttpUrlAttribute.TryParse(section.WebhookUrl, out var url))
        {
            return;
        }

        var body = WebhookBody.Serialize(alert, new OutboxMessageInfo(message.Id, message.Attempt), clock.UtcNow);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(section.WebhookSecret, body));
        request.Headers.Add("X-Huijin-Event", "alert");
        request.Headers.Add("X-Huijin-Delivery", message.Id.ToString(CultureInfo.InvariantCulture));
        await ChannelTimeout.GuardAsync(async token =>
        {
            using var client = outbound.CreateClient();
            using var response = await client.SendAsync(request, token);
            response.EnsureSuccessStatusCode();
        }, cancellationToken);
    }
}

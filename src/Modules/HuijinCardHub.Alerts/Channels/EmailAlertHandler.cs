using System.Text.Json;
using HuijinCardHub.Alerts.Data;
using HuijinCardHub.Jobs;
using HuijinCardHub.Messaging;
using HuijinCardHub.Sites;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Alerts.Channels;

/// <summary>Mails one recipient about one alert. Throwing lets the outbox retry with backoff.</summary>
internal sealed class EmailAlertHandler(AlertsDbContext db, IEnumerable<IEmailSender> senders, IPublicLinks links) : IOutboxHandler
{
    public string Topic => AlertTopics.Email;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var delivery = JsonSerializer.Deserialize<EmailDelivery>(message.PayloadJson)
            ?? throw new InvalidOperationException("Empty e-mail delivery");
        var alert = await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == delivery.AlertId, cancellationToken);
        if (alert is null)
        {
            return;
        }

        var sender = senders.FirstOrDefault()
            ?? throw new InvalidOperationException("No e-mail sender: the HuijinCardHub.Users feature sends mail");
        var alertCentre = await links.BuildAsync("/admin/alerts", cancellationToken: cancellationToken);
        await ChannelTimeout.GuardAsync(
            token => sender.SendAsync(delivery.To, AlertMail.Subject(alert), AlertMail.Body(alert, alertCentre), token), cancellationToken);
    }
}

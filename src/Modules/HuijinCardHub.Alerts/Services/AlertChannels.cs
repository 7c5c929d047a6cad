using HuijinCardHub.Alerts.Channels;
using HuijinCardHub.Alerts.Domain;
using HuijinCardHub.Jobs;
using HuijinCardHub.Settings;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Alerts.Services;

/// <summary>
/// Queues the e-mail and webhook notices of an alert in the outbox, in the alert's own transaction, so a
/// channel that is down is retried later. A failure here is logged and never costs the alert row.
/// </summary>
internal sealed partial class AlertChannels(ISettingsStore settings, IOutbox outbox, ILogger<AlertChannels> logger)
{
    public async Task NotifyAsync(long alertId, AlertSeverity severity, CancellationToken cancellationToken)
    {
        try
        {
            var section = await settings.GetAsync<AlertSettings>(cancellationToken);
            if (section.SendsEmail(severity))
            {
                foreach (var to in section.EmailRecipients())
                {
                    await outbox.EnqueueAsync(AlertTopics.Email, new EmailDelivery(alertId, to), cancellationToken: cancellationToken);
                }
            }

            if (section.SendsWebhook(severity))
            {
                await outbox.EnqueueAsync(AlertTopics.Webhook, new WebhookDelivery(alertId), cancellationToken: cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogQueueFailed(logger, alertId, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not queue the notices of alert {AlertId}")]
    private static partial void LogQueueFailed(ILogger logger, long alertId, Exception exception);
}

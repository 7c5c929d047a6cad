using HuijinCardHub.Alerts;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Orders.Services;

/// <summary>Raises alerts when the alerts feature is on; an alert that cannot be written never breaks an order.</summary>
internal sealed class OrderAlerts(IEnumerable<IAlertCenter> centers, ILogger<OrderAlerts> logger)
{
    public async Task RaiseAsync(AlertNotice notice, CancellationToken cancellationToken)
    {
        foreach (var center in centers)
        {
            try
            {
                await center.RaiseAsync(notice, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Alert {Kind} for {Reference} could not be raised", notice.Kind, notice.Reference);
            }
        }
    }
}

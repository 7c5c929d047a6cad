using HuijinCardHub.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Alerts.Services;

/// <summary>
/// The <see cref="IAlertCenter"/>. Outside a unit of work the alert is written in a scope of its own, so it commits
/// at once whatever the caller does next. Inside one it joins the caller's transaction: on SQLite the caller holds
/// the only write lock, and a second connection would wait for it until timeout. Such an alert is rolled back with
/// the caller, so use cases raise failure alerts after their transaction has ended.
/// </summary>
internal sealed partial class AlertCenter(
    IServiceProvider scopeServices, IServiceScopeFactory scopes, IUnitOfWork unitOfWork, ILogger<AlertCenter> logger) : IAlertCenter
{
    public async Task RaiseAsync(AlertNotice notice, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(notice);
            if (unitOfWork.Current is not null)
            {
                await RecordAsync(scopeServices, notice, cancellationToken);
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var transaction = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync(cancellationToken);
            await using (transaction)
            {
                await RecordAsync(scope.ServiceProvider, notice, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (Exception ex)
        {
            // The caller's use case matters more than its alert.
            LogRaiseFailed(logger, notice?.Kind, notice?.Reference, ex);
        }
    }

    private static async Task RecordAsync(IServiceProvider services, AlertNotice notice, CancellationToken cancellationToken)
    {
        var recorded = await services.GetRequiredService<AlertRecorder>().RecordAsync(notice, cancellationToken);
        if (recorded.Notify)
        {
            await services.GetRequiredService<AlertChannels>().NotifyAsync(recorded.AlertId, notice.Severity, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not raise the {Kind} alert for {Reference}")]
    private static partial void LogRaiseFailed(ILogger logger, string? kind, string? reference, Exception exception);
}

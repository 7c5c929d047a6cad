using System.Text.Json;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Kernel.Jobs;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Kernel.Events;

/// <summary>
/// Runs one claimed durable-event row in a scope of its own. The inbox key (handler, event id), the handler's own
/// writes and the row's "done" commit in one transaction, so the handler's work lands once even when two workers hold
/// the row (a lapsed lease) or a process dies after handling. A row whose handler no enabled feature registers waits.
/// </summary>
internal sealed class DurableEventRunner(IServiceProvider services, string node, ILogger logger)
{
    /// <summary>Deliveries give up after this many failures and are parked dead (5 s, 10 s ... 5 min apart: about ten minutes in all).</summary>
    public const int MaxAttempts = 8;

    /// <summary>How often a waiting delivery looks again for its handler (switching the feature on wakes it at once).</summary>
    public static readonly TimeSpan WaitingRecheck = TimeSpan.FromMinutes(1);

    private readonly KernelDbContext _db = services.GetRequiredService<KernelDbContext>();
    private readonly IClock _clock = services.GetRequiredService<IClock>();

    public async Task RunAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var subscription = services.GetRequiredService<DurableSubscriptions>().Find(row.EventType, row.Handler);
        if (subscription is null || row.EventId is not { } eventId)
        {
            await WaitAsync(row);
            return;
        }

        var attempt = row.Attempts + 1;
        try
        {
            var shopEvent = JsonSerializer.Deserialize(row.Payload, subscription.EventType)
                ?? throw new InvalidOperationException($"The payload of {row.EventType} is empty");
            if (!await HandleOnceAsync(row, subscription, shopEvent, eventId, attempt, cancellationToken))
            {
                logger.LogInformation("{Handler} already handled event {EventId}; delivery {Id} closed", row.Handler, eventId, row.Id);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await FailAsync(row, attempt, ex);
        }
    }

    /// <returns>False when the inbox already held the key: another worker's run committed first.</returns>
    private async Task<bool> HandleOnceAsync(OutboxRow row, DurableEventSubscription subscription, object shopEvent, Guid eventId, int attempt, CancellationToken cancellationToken)
    {
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var handled = false;
        try
        {
            await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
            if (!await _db.Inbox.AnyAsync(i => i.Handler == row.Handler && i.EventId == eventId, cancellationToken))
            {
                // Taken first: a second worker running the same row waits here (PostgreSQL) or behind the writer
                // (SQLite) and then finds the key, so at most one run's writes commit.
                _db.Inbox.Add(new InboxRow { Handler = row.Handler!, EventId = eventId, HandledUtc = _clock.UtcNow });
                await _db.SaveChangesAsync(cancellationToken);
                _db.ChangeTracker.Clear();
                await subscription.InvokeAsync(services, shopEvent, new DurableEventContext(eventId, row.Handler!, attempt, row.CreatedUtc), cancellationToken);
                if (unitOfWork.Current is null)
                {
                    throw new InvalidOperationException($"{row.Handler} rolled the delivery's transaction back");
                }

                handled = true;
            }

            await MarkDoneAsync(row.Id, attempt, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return handled;
        }
        catch (DbUpdateException) when (!handled)
        {
            if (!await InboxHoldsAsync(row.Handler!, eventId))
            {
                throw;
            }

            // The other worker's insert of the same key won while ours waited on it.
            await MarkDoneAsync(row.Id, attempt, CancellationToken.None);
            return false;
        }
    }

    private async Task<bool> InboxHoldsAsync(string handler, Guid eventId)
    {
        _db.ChangeTracker.Clear();
        return await _db.Inbox.AnyAsync(i => i.Handler == handler && i.EventId == eventId, CancellationToken.None);
    }

    private Task<int> MarkDoneAsync(long id, int attempt, CancellationToken cancellationToken)
    {
        var now = _clock.UtcNow;
        return _db.Outbox.Where(o => o.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, 1).SetProperty(o => o.Attempts, attempt).SetProperty(o => o.DoneUtc, now)
            .SetProperty(o => o.LockedUntilUtc, (DateTime?)null).SetProperty(o => o.WaitingSinceUtc, (DateTime?)null), cancellationToken);
    }

    /// <summary>Not a failure: the feature may come back. The attempts stay as they were; the row is looked at again later.</summary>
    private async Task WaitAsync(OutboxRow row)
    {
        var now = _clock.UtcNow;
        var since = row.WaitingSinceUtc ?? now;
        var why = $"等待处理程序 {row.Handler}（其功能未启用） / Waiting for handler {row.Handler} (its feature is not enabled)";
        if (row.WaitingSinceUtc is null)
        {
            logger.LogWarning("Delivery {Id} of {Event} waits: no enabled feature registers {Handler}", row.Id, row.EventType, row.Handler);
        }

        await _db.Outbox.Where(o => o.Id == row.Id && o.LockedBy == node).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.WaitingSinceUtc, since).SetProperty(o => o.NotBeforeUtc, now + WaitingRecheck)
            .SetProperty(o => o.LockedUntilUtc, (DateTime?)null).SetProperty(o => o.LastError, why), CancellationToken.None);
    }

    private async Task FailAsync(OutboxRow row, int attempt, Exception ex)
    {
        var dead = attempt >= MaxAttempts;
        logger.Log(dead ? LogLevel.Error : LogLevel.Warning, ex, "{Handler} failed on {Event} {EventId} (attempt {Attempt}{Dead})",
            row.Handler, row.EventType, row.EventId, attempt, dead ? ", parked dead" : "");
        var error = $"{ex.GetType().Name}: {ex.Message}";
        error = error.Length > 2000 ? error[..2000] : error;
        var retryAt = _clock.UtcNow + OutboxProcessor.Backoff(attempt);
        _db.ChangeTracker.Clear();
        await _db.Outbox.Where(o => o.Id == row.Id && o.Status == 0).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, dead ? 2 : 0).SetProperty(o => o.Attempts, attempt).SetProperty(o => o.LastError, error)
            .SetProperty(o => o.NotBeforeUtc, retryAt).SetProperty(o => o.LockedUntilUtc, (DateTime?)null)
            .SetProperty(o => o.WaitingSinceUtc, (DateTime?)null), CancellationToken.None);
    }
}

using HuijinCardHub.Data;
using HuijinCardHub.Jobs;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Kernel.Events;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Kernel.Jobs;

/// <summary>Drains one shell's due outbox messages once: claim, handle, mark done or schedule a retry.</summary>
/// <param name="lease">How long a claim holds (two minutes unless configured): a node that died holding a message gives it up then.</param>
internal sealed class OutboxProcessor(IServiceProvider shellServices, string node, ILogger logger, TimeSpan? lease = null)
{
    private readonly TimeSpan _lease = lease ?? TimeSpan.FromMinutes(2);

    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        List<OutboxRow> claimed;
        await using (var scope = shellServices.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<IClock>();
            claimed = await OutboxClaimer.ClaimAsync(db, scope.ServiceProvider.GetRequiredService<IShellDatabase>(), node, clock.UtcNow, _lease, 20, cancellationToken);
        }

        foreach (var row in claimed)
        {
            await HandleAsync(row, cancellationToken);
        }

        return claimed.Count;
    }

    private async Task HandleAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        await using var scope = shellServices.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (row.Topic == DurableEvents.Topic)
        {
            await new DurableEventRunner(services, node, logger).RunAsync(row, cancellationToken);
            return;
        }

        var db = services.GetRequiredService<KernelDbContext>();
        var clock = services.GetRequiredService<IClock>();
        var handler = services.GetServices<IOutboxHandler>().FirstOrDefault(h => h.Topic == row.Topic);
        var attempt = row.Attempts + 1;
        try
        {
            if (handler is null)
            {
                throw new InvalidOperationException($"No handler for topic {row.Topic} (is its feature enabled?)");
            }

            await handler.HandleAsync(new OutboxMessage(row.Id, row.Topic, row.Payload, attempt), cancellationToken);
            var now = clock.UtcNow;
            await db.Outbox.Where(o => o.Id == row.Id && o.LockedBy == node)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, 1).SetProperty(o => o.Attempts, attempt)
                    .SetProperty(o => o.DoneUtc, now).SetProperty(o => o.LockedUntilUtc, (DateTime?)null), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var max = handler?.MaxAttempts ?? 8;
            var dead = attempt >= max;
            var retryAt = clock.UtcNow + Backoff(attempt);
            logger.Log(dead ? LogLevel.Error : LogLevel.Warning, ex, "Outbox message {Id} ({Topic}) failed on attempt {Attempt}", row.Id, row.Topic, attempt);
            var error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            await db.Outbox.Where(o => o.Id == row.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, dead ? 2 : 0).SetProperty(o => o.Attempts, attempt)
                    .SetProperty(o => o.LastError, error).SetProperty(o => o.NotBeforeUtc, retryAt)
                    .SetProperty(o => o.LockedUntilUtc, (DateTime?)null), CancellationToken.None);
        }
    }

    /// <summary>5 s, 10 s, 20 s ... up to an hour between attempts.</summary>
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, Math.Max(0, attempt - 1))));
}

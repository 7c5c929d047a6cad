using HuijinCardHub.Events;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Kernel.Events;

/// <summary>Reads the durable-event rows that have not gone through, and puts a dead one back in line.</summary>
internal sealed class EventDeliveries(KernelDbContext db, IClock clock) : IEventDeliveries
{
    public async Task<IReadOnlyList<EventDelivery>> ListStuckAsync(int max, CancellationToken cancellationToken = default)
    {
        var rows = await db.Outbox.AsNoTracking()
            .Where(o => o.Topic == DurableEvents.Topic && (o.Status == 2 || (o.Status == 0 && (o.Attempts > 0 || o.WaitingSinceUtc != null))))
            .OrderBy(o => o.Id).Take(Math.Clamp(max, 1, 1000)).ToListAsync(cancellationToken);
        return [.. rows.Select(ToDelivery)];
    }

    public async Task<bool> RetryDeadAsync(long id, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        // Conditional on "dead": a second click, or a retry of a delivery that is running, changes nothing.
        return await db.Outbox.Where(o => o.Id == id && o.Topic == DurableEvents.Topic && o.Status == 2)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, 0).SetProperty(o => o.Attempts, 0)
                .SetProperty(o => o.NotBeforeUtc, now).SetProperty(o => o.LockedUntilUtc, (DateTime?)null), cancellationToken) == 1;
    }

    private static EventDelivery ToDelivery(OutboxRow row) => new(
        row.Id,
        row.EventId ?? Guid.Empty,
        ShortName(row.EventType),
        row.Handler ?? "",
        row.Status == 2 ? EventDeliveryState.Dead
            : row.WaitingSinceUtc is not null ? EventDeliveryState.Waiting
            : row.Attempts > 0 ? EventDeliveryState.Failing
            : EventDeliveryState.Pending,
        row.Attempts,
        row.LastError,
        row.CreatedUtc,
        row.NotBeforeUtc,
        row.WaitingSinceUtc);

    private static string ShortName(string? typeName) =>
        typeName is null ? "" : typeName[(typeName.LastIndexOf('.') + 1)..];
}

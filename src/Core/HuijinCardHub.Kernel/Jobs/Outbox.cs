using System.Text.Json;
using HuijinCardHub.Jobs;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Kernel.Jobs;

/// <summary>Writes a message in the caller's transaction (the scope's unit of work), so it exists exactly when the change does.</summary>
internal sealed class Outbox(KernelDbContext db, IClock clock) : IOutbox
{
    public async Task<long> EnqueueAsync(string topic, object payload, DateTime? notBefore = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        var now = clock.UtcNow;
        var row = new OutboxRow
        {
            Topic = topic,
            Payload = JsonSerializer.Serialize(payload),
            CreatedUtc = now,
            NotBeforeUtc = notBefore ?? now,
        };
        db.Outbox.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row.Id;
    }

    public async Task<bool> CompleteAsync(long messageId, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        // Pending and not claimed (or its claim lapsed): a worker holding it finishes it itself.
        var changed = await db.Outbox
            .Where(o => o.Id == messageId && o.Status == 0 && (o.LockedUntilUtc == null || o.LockedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, 1).SetProperty(o => o.DoneUtc, now), cancellationToken);
        return changed == 1;
    }
}

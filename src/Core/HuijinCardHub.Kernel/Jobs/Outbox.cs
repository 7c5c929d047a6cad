using System.Text.Json;
using HuijinCardHub.Jobs;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Time;

namespace HuijinCardHub.Kernel.Jobs;

/// <summary>Writes a message in the caller's transaction (the scope's unit of work), so it exists exactly when the change does.</summary>
internal sealed class Outbox(KernelDbContext db, IClock clock) : IOutbox
{
    public async Task EnqueueAsync(string topic, object payload, DateTime? notBefore = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        var now = clock.UtcNow;
        db.Outbox.Add(new OutboxRow
        {
            Topic = topic,
            Payload = JsonSerializer.Serialize(payload),
            CreatedUtc = now,
            NotBeforeUtc = notBefore ?? now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

using System.Text.Json;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Kernel.Events;

/// <summary>
/// Writes one outbox row per subscribing handler, in the scope's unit of work: the rows commit or roll back with the
/// change that raised the event. Outside a unit of work the rows get a transaction of their own (all or none).
/// </summary>
internal sealed class DurableEvents(KernelDbContext db, IUnitOfWork unitOfWork, DurableSubscriptions subscriptions, IClock clock) : IDurableEvents
{
    public const string Topic = "kernel.event";

    public async Task<Guid> PublishAsync<TEvent>(TEvent shopEvent, CancellationToken cancellationToken = default)
        where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(shopEvent);
        var eventId = Guid.NewGuid();
        var subscribers = subscriptions.For(typeof(TEvent));
        if (subscribers.Count == 0)
        {
            return eventId;
        }

        var now = clock.UtcNow;
        var payload = JsonSerializer.Serialize(shopEvent);
        var rows = subscribers.Select(s => new OutboxRow
        {
            Topic = Topic,
            Payload = payload,
            CreatedUtc = now,
            NotBeforeUtc = now,
            EventId = eventId,
            EventType = s.EventName,
            Handler = s.HandlerName,
        }).ToList();
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        db.Outbox.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in rows)
        {
            db.Entry(row).State = EntityState.Detached;
        }

        await transaction.CommitAsync(cancellationToken);
        return eventId;
    }
}

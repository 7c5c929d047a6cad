using System.Text.Json;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Events;

/// <summary>
/// Writes one outbox row per subscribing handler, in the scope's unit of work: the rows commit or roll back with the
/// change that raised the event. Outside a unit of work the rows get a transaction of their own (all or none).
/// </summary>
/// <remarks>
/// The kernel's context is taken from the scope only when there is a subscriber: every checkout publishes, and a shop
/// without subscribers should not pay for a context it never uses.
/// </remarks>
internal sealed class DurableEvents(IServiceProvider services, DurableSubscriptions subscriptions, IClock clock) : IDurableEvents
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
        var db = services.GetRequiredService<KernelDbContext>();
        await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync(cancellationToken);
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

using HuijinCardHub.Events;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Kernel.Events;

/// <summary>
/// A feature switched on may bring back the handler waiting deliveries name: they are looked at on the next poll,
/// not at their next minutely check. Those whose handler is still missing simply wait again.
/// </summary>
internal sealed class WaitingDeliveriesWakeUp(KernelDbContext db, IClock clock) : IEventHandler<FeaturesChanged>
{
    public async Task HandleAsync(FeaturesChanged shopEvent, CancellationToken cancellationToken)
    {
        if (shopEvent.Enabled.Count == 0)
        {
            return;
        }

        var now = clock.UtcNow;
        await db.Outbox.Where(o => o.Topic == DurableEvents.Topic && o.Status == 0 && o.WaitingSinceUtc != null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.NotBeforeUtc, now), cancellationToken);
    }
}

namespace HuijinCardHub.Events;

/// <summary>The admin's view of durable event deliveries that have not gone through, and the retry of a dead one.</summary>
public interface IEventDeliveries
{
    /// <summary>Waiting, failing and dead deliveries, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<EventDelivery>> ListStuckAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Puts a dead delivery back in line with a fresh set of attempts. False when it is not dead (any more).</summary>
    Task<bool> RetryDeadAsync(long id, CancellationToken cancellationToken = default);
}

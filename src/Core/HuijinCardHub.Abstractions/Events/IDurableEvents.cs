namespace HuijinCardHub.Events;

/// <summary>
/// Publishes an event that carries money or goods (an order paid, a balance moved). Inside the scope's unit of work
/// it writes one outbox row per subscribing <see cref="IDurableEventHandler{TEvent}"/> of the enabled features, in
/// the same transaction as the change: the event exists exactly when the change does, survives a crash, and each
/// handler runs once (an inbox key of handler and event id), with retries and backoff. With no subscriber it writes
/// nothing. In-process <see cref="IEventPublisher"/> events stay for cache signals.
/// </summary>
public interface IDurableEvents
{
    /// <returns>The event's id, the same for every handler it reaches.</returns>
    Task<Guid> PublishAsync<TEvent>(TEvent shopEvent, CancellationToken cancellationToken = default)
        where TEvent : class;
}

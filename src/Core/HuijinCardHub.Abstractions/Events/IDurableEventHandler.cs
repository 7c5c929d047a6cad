namespace HuijinCardHub.Events;

/// <summary>
/// Receives a durable event once, after the publishing transaction committed, on a background worker of some node.
/// Throwing schedules a retry with backoff; after the last attempt the delivery is parked as dead, shown in the
/// admin with its error and a retry button. A handler is named by its type's full name, so renaming it orphans
/// the deliveries still waiting for the old name (they stay visible in the admin). Register it in the feature's startup
/// with <see cref="DurableEventServiceCollectionExtensions.AddDurableEventHandler{TEvent, THandler}"/>; it runs inside a
/// unit of work, so its database writes commit together with its inbox key (handler and event id), at most once.
/// </summary>
public interface IDurableEventHandler<in TEvent>
    where TEvent : class
{
    Task HandleAsync(TEvent shopEvent, DurableEventContext context, CancellationToken cancellationToken);
}

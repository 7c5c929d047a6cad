namespace HuijinCardHub.Events;

/// <summary>
/// One handler's subscription to one durable event type, made by
/// <see cref="DurableEventServiceCollectionExtensions.AddDurableEventHandler{TEvent, THandler}"/>. The kernel writes one
/// outbox row per subscription of an event's type, and finds the handler of a row again by these names: a row whose
/// names no enabled feature registers waits until one does.
/// </summary>
public sealed class DurableEventSubscription
{
    private readonly Func<IServiceProvider, object, DurableEventContext, CancellationToken, Task> _invoke;

    internal DurableEventSubscription(Type eventType, Type handlerType, Func<IServiceProvider, object, DurableEventContext, CancellationToken, Task> invoke)
    {
        EventType = eventType;
        HandlerType = handlerType;
        _invoke = invoke;
    }

    public Type EventType { get; }

    public Type HandlerType { get; }

    /// <summary>Stored on each row: the event type's full name.</summary>
    public string EventName => EventType.FullName ?? EventType.Name;

    /// <summary>Stored on each row and in the inbox key: the handler type's full name.</summary>
    public string HandlerName => HandlerType.FullName ?? HandlerType.Name;

    /// <summary>Resolves the handler from the scope and hands it the event (typed, no reflection).</summary>
    public Task InvokeAsync(IServiceProvider scopedServices, object shopEvent, DurableEventContext context, CancellationToken cancellationToken) =>
        _invoke(scopedServices, shopEvent, context, cancellationToken);
}

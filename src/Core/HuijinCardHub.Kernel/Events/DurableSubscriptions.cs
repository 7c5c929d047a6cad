using System.Collections.Concurrent;
using HuijinCardHub.Events;

namespace HuijinCardHub.Kernel.Events;

/// <summary>The shell's durable subscriptions (from its enabled features' startups), by event type and by stored names.</summary>
internal sealed class DurableSubscriptions(IEnumerable<DurableEventSubscription> all)
{
    private readonly IReadOnlyList<DurableEventSubscription> _all = [.. all];
    private readonly ConcurrentDictionary<Type, IReadOnlyList<DurableEventSubscription>> _byType = new();

    public IReadOnlyList<DurableEventSubscription> For(Type eventType) =>
        _byType.GetOrAdd(eventType, t => [.. _all.Where(s => s.EventType == t)]);

    /// <summary>The subscription a stored row names; null when no enabled feature registers it (switched off, or renamed).</summary>
    public DurableEventSubscription? Find(string? eventName, string? handlerName) =>
        _all.FirstOrDefault(s => s.EventName == eventName && s.HandlerName == handlerName);
}

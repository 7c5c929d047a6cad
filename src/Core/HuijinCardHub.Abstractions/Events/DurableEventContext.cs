namespace HuijinCardHub.Events;

/// <summary>What a handler knows about this delivery: the event's id (use it as an idempotency key downstream), the attempt, when it was published.</summary>
public sealed record DurableEventContext(Guid EventId, string Handler, int Attempt, DateTime PublishedUtc);

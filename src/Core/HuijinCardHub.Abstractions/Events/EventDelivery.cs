namespace HuijinCardHub.Events;

/// <summary>One durable event's delivery to one handler, for the admin's list of deliveries that are stuck.</summary>
/// <param name="Event">The event type's short name ("OrderPaid").</param>
/// <param name="NextAttemptUtc">When a worker tries it next (for a waiting one: checks whether its handler is back).</param>
public sealed record EventDelivery(
    long Id,
    Guid EventId,
    string Event,
    string Handler,
    EventDeliveryState State,
    int Attempts,
    string? LastError,
    DateTime PublishedUtc,
    DateTime NextAttemptUtc,
    DateTime? WaitingSinceUtc);

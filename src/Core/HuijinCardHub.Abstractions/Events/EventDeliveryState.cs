namespace HuijinCardHub.Events;

/// <summary>Where a durable event's delivery to one handler stands, as the admin shows it.</summary>
public enum EventDeliveryState
{
    /// <summary>Not handled yet, never failed.</summary>
    Pending,

    /// <summary>The handler's feature is switched off: the delivery waits, without counting attempts, and runs once it is on again.</summary>
    Waiting,

    /// <summary>Failed at least once; retried with backoff.</summary>
    Failing,

    /// <summary>Failed on every attempt and parked; runs again only when staff retry it.</summary>
    Dead,
}

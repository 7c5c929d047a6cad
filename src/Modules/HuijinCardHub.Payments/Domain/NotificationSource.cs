namespace HuijinCardHub.Payments.Domain;

/// <summary>How a gateway's word reached the shop.</summary>
internal enum NotificationSource
{
    /// <summary>The gateway's asynchronous notification.</summary>
    Notification = 0,

    /// <summary>The shop asked the gateway (reconciliation, "I have paid").</summary>
    Query = 1,
}

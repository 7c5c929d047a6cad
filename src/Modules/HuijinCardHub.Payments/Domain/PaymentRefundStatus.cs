namespace HuijinCardHub.Payments.Domain;

internal enum PaymentRefundStatus
{
    /// <summary>Recorded; not yet accepted by the gateway (it is tried, and tried again).</summary>
    Requested = 0,

    /// <summary>Accepted by the gateway; the outcome comes by notification or query.</summary>
    Pending = 1,

    Succeeded = 2,

    /// <summary>Refused by the gateway, or given up after the last attempt: staff must act (an alert is raised).</summary>
    Failed = 3,
}

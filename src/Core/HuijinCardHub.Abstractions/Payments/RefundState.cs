namespace HuijinCardHub.Payments;

public enum RefundState
{
    /// <summary>The money is on its way back.</summary>
    Succeeded,

    /// <summary>Accepted, the outcome comes later (a refund notification or a query).</summary>
    Pending,

    /// <summary>Refused by the gateway; the money did not move.</summary>
    Failed,

    /// <summary>The gateway could not be reached or answered garbage: try again.</summary>
    Unknown,
}

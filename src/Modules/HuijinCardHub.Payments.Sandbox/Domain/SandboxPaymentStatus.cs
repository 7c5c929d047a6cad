namespace HuijinCardHub.Payments.Sandbox.Domain;

internal enum SandboxPaymentStatus
{
    /// <summary>Created; the payer has not decided.</summary>
    Waiting,

    Paid,

    /// <summary>The payer declined.</summary>
    Declined,

    /// <summary>Closed unpaid by the shop.</summary>
    Closed,
}

namespace HuijinCardHub.Payments;

/// <summary>What a payment pays for.</summary>
public enum PaymentPurpose
{
    /// <summary>An order pending payment (or, late, one that expired meanwhile).</summary>
    Order,

    /// <summary>A member's balance top-up.</summary>
    TopUp,
}

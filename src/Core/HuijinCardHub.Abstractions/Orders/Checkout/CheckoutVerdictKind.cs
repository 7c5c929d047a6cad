namespace HuijinCardHub.Orders.Checkout;

public enum CheckoutVerdictKind
{
    Allow = 0,

    /// <summary>No order: the buyer reads the reason.</summary>
    Refuse = 1,

    /// <summary>The order is placed and may be paid; delivery waits until staff release it.</summary>
    HoldForReview = 2,
}

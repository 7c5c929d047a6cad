namespace HuijinCardHub.Orders.Checkout;

/// <summary>
/// A say on whether a checkout may place its order (risk, blacklists, regional rules). Checks run in ascending
/// <see cref="Order"/> after pricing and before anything is written: the first refusal ends the checkout with its
/// message, no order and nothing reserved; any hold marks the order to be paid but not delivered until staff release it.
/// </summary>
public interface ICheckoutCheck
{
    int Order { get; }

    ValueTask<CheckoutVerdict> CheckAsync(CheckoutContext checkout, CancellationToken cancellationToken);
}

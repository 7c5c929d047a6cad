namespace HuijinCardHub.Orders.Checkout;

/// <summary>
/// Adds explained discount lines to a checkout (coupons, promotions): the unit prices stay what the price pipeline
/// made them, and each discount is a line of its own on the order. Contributors run in ascending <see cref="Order"/>;
/// <see cref="CheckoutDiscounts.Add"/> keeps every order line at or above its margin floor and says what it cut off.
/// </summary>
public interface ICheckoutPriceContributor
{
    int Order { get; }

    ValueTask ContributeAsync(CheckoutContext checkout, CheckoutDiscounts discounts, CancellationToken cancellationToken);
}

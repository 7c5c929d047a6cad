namespace HuijinCardHub.Orders.Checkout;

/// <param name="UserId">The member; null for a guest.</param>
/// <param name="Contact">The e-mail, mobile or QQ a guest (or member) gave; null when none.</param>
public sealed record CheckoutBuyer(string? UserId, string? UserName, string? Contact);

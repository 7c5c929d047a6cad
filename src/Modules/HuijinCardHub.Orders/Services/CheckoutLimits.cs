using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Security;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// How often the storefront takes orders: per visitor address, then per buyer (member, or the guest's contact), each
/// post counted before anything else is done. Without these anyone could hold the whole stock with unpaid orders.
/// </summary>
internal sealed class CheckoutLimits(IThrottle throttle)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <param name="visitor">The visitor's <see cref="VisitorKey"/>.</param>
    public async Task CheckAsync(OrderSettings settings, string visitor, string? userId, string? contact, CancellationToken cancellationToken)
    {
        if (!(await throttle.HitAsync(new ThrottleRule("orders.checkout.visitor", settings.OrdersPerVisitorPerMinute, Minute), visitor, cancellationToken)).Allowed)
        {
            throw new CheckoutThrottledException();
        }

        var buyer = userId is not null ? "member:" + userId : string.IsNullOrWhiteSpace(contact) ? null : "contact:" + contact.Trim().ToUpperInvariant();
        if (buyer is not null &&
            !(await throttle.HitAsync(new ThrottleRule("orders.checkout.buyer", settings.OrdersPerBuyerPerMinute, Minute), buyer, cancellationToken)).Allowed)
        {
            throw new CheckoutThrottledException();
        }
    }
}

/// <summary>Too many orders in a minute: answered with 429 and the checkout page, the cart kept.</summary>
internal sealed class CheckoutThrottledException() : ShopException(OrderErrors.TooManyOrders);

using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Checkout;

/// <summary>One discount line of an order.</summary>
/// <param name="LineNumber">The order line it lowers (<see cref="CheckoutLineInfo.Number"/>).</param>
/// <param name="Amount">What the buyer saves: at most what the line may lose above its floor.</param>
/// <param name="Asked">What the contributor asked for; more than <paramref name="Amount"/> when the floor cut it.</param>
/// <param name="Source">Who gave it ("coupon:SPRING", "promotion:42"), for reports and refunds.</param>
public sealed record CheckoutDiscount(int LineNumber, Money Amount, Money Asked, Bilingual Label, string Source)
{
    public bool CutByFloor => Asked > Amount;
}

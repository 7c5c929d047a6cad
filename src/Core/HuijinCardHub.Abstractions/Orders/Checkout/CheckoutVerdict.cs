using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Checkout;

/// <summary>A check's answer. <see cref="Reason"/> is shown to the buyer on a refusal, and to staff on a hold.</summary>
public sealed record CheckoutVerdict(CheckoutVerdictKind Kind, Bilingual? Reason)
{
    public static CheckoutVerdict Allow { get; } = new(CheckoutVerdictKind.Allow, null);

    public static CheckoutVerdict Refuse(Bilingual reason) => new(CheckoutVerdictKind.Refuse, reason ?? throw new ArgumentNullException(nameof(reason)));

    public static CheckoutVerdict HoldForReview(Bilingual reason) => new(CheckoutVerdictKind.HoldForReview, reason ?? throw new ArgumentNullException(nameof(reason)));
}

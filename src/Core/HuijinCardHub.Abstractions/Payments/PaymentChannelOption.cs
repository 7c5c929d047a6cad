using HuijinCardHub.Text;

namespace HuijinCardHub.Payments;

/// <summary>A channel as the buyer picks it: its name, and the fee shown before paying.</summary>
/// <param name="Id">The channel's id, posted back as <c>channel</c>.</param>
/// <param name="Total">The amount plus the fee: what the buyer pays.</param>
public sealed record PaymentChannelOption(long Id, Bilingual Name, string Provider, string Method, PaymentPresentation Presentation, Money Fee, Money Total);

using HuijinCardHub.Text;

namespace HuijinCardHub.Payments;

/// <summary>One way to pay a provider offers ("page" for the PC cashier, "wap", "qr"), and how the buyer is taken there.</summary>
public sealed record PaymentMethod(string Key, Bilingual Name, PaymentPresentation Presentation);

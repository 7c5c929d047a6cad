namespace HuijinCardHub.Payments.Sandbox.Domain;

/// <summary>A payment as a shop asked a simulated gateway to create it.</summary>
/// <param name="Extra">Whatever else the gateway must echo back in its notification (易支付's <c>param</c>, the payment type), as JSON.</param>
internal sealed record SandboxPaymentDraft(
    string Gateway,
    string MerchantId,
    string OutTradeNo,
    long AmountFen,
    string Subject,
    string NotifyUrl,
    string? ReturnUrl,
    string? Extra);

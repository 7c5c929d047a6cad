namespace HuijinCardHub.Payments;

/// <summary>What a provider needs to create one payment at its gateway.</summary>
/// <param name="PaymentNo">The shop's number for this payment attempt (the gateway's out_trade_no); unique, [A-Za-z0-9].</param>
/// <param name="Method">The <see cref="PaymentMethod.Key"/> of the channel the buyer picked.</param>
/// <param name="Amount">What the gateway is to charge: the order's amount due plus the channel's fee.</param>
/// <param name="Subject">What is bought, as the gateway shows it ("QQ币 10个").</param>
/// <param name="NotifyUrl">Absolute address of this provider and channel's notification endpoint.</param>
/// <param name="ReturnUrl">Absolute address of the return page; trusts nothing in its query string.</param>
/// <param name="UserId">The signed-in member paying, or null for a guest.</param>
/// <param name="ExpiresUtc">When the shop stops waiting for this payment (the order's expiry).</param>
public sealed record PaymentStartRequest(
    string PaymentNo,
    string Method,
    Money Amount,
    string Subject,
    string NotifyUrl,
    string ReturnUrl,
    string? ClientIp,
    string? UserId,
    DateTime ExpiresUtc,
    bool IsMobile);

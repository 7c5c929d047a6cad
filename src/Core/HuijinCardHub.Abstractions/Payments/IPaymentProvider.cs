using HuijinCardHub.Text;

namespace HuijinCardHub.Payments;

/// <summary>
/// One payment gateway (易支付, Alipay, WeChat Pay, UnionPay, the balance wallet, a sandbox channel), registered by its
/// own provider module. The Payments module owns everything around it: the payment records, the channels a site
/// offers, the notification endpoint (which hands the raw request over untouched), the amount and order checks,
/// idempotency, reconciliation and refunds. A provider only speaks its gateway's protocol: it signs, calls, verifies and
/// parses. It keeps its own settings (keys, app ids, gateway address) as a settings section of its module.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>Stable key, lower case ("epay", "alipay", "wechatpay", "unionpay", "balance"): stored on payments and used in notification addresses.</summary>
    string Name { get; }

    /// <summary>How the owner sees the provider in the admin ("支付宝" / "Alipay").</summary>
    Bilingual DisplayName { get; }

    /// <summary>The ways to pay this provider offers (page, wap, QR...): a channel is a provider and one of these, on one site.</summary>
    IReadOnlyList<PaymentMethod> Methods { get; }

    PaymentCapabilities Capabilities { get; }

    /// <summary>What is missing before the provider can take money (no merchant id, no key), or null when it is ready.</summary>
    Task<Bilingual?> MissingSettingsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the payment at the gateway. A gateway that times out or answers garbage is a <see cref="ShopException"/>
    /// with a message for the buyer (who may pick another channel); the order stays payable.
    /// </summary>
    Task<PaymentStart> StartAsync(PaymentStartRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Verifies a notification exactly as received (signature, this shop's merchant or app id, freshness) and reads it.
    /// Never throws for hostile input: a notification that does not verify is <see cref="NotificationOutcome.Invalid"/>
    /// with the reason. Amount and order are checked by the caller against its own payment record.
    /// </summary>
    Task<NotificationVerdict> VerifyNotificationAsync(RawNotification notification, CancellationToken cancellationToken = default);

    /// <summary>The gateway's own answer to a notification: accepted (stop sending) or not (send it again).</summary>
    NotificationReply Reply(bool accepted, Bilingual? problem);

    /// <summary>Asks the gateway where a payment stands (reconciliation, the buyer's "I have paid" button).</summary>
    Task<PaymentQueryResult> QueryAsync(PaymentQuery query, CancellationToken cancellationToken = default);

    /// <summary>Refunds all or part of a paid payment to where the money came from.</summary>
    Task<RefundResult> RefundAsync(RefundRequest request, CancellationToken cancellationToken = default);
}

using HuijinCardHub.Payments.Sandbox.Domain;
using Microsoft.AspNetCore.Routing;

namespace HuijinCardHub.Payments.Sandbox.Gateways;

/// <summary>
/// The server side of one real gateway's protocol (易支付, Alipay, WeChat Pay, UnionPay), at its own addresses under
/// <c>/sandbox/{Name}/</c>: it checks the shop's signed requests with the merchant keys it was given, signs its answers
/// and notifications with its own keys, and keeps payments in the <see cref="ISandboxLedger"/>. The payer approves or
/// declines on the sandbox's common payer page; the notifier sends what <see cref="BuildNotificationAsync"/> returns,
/// with the faults the payer asked for.
/// </summary>
internal interface ISandboxGateway
{
    /// <summary>Lower case, the same as the provider it stands for ("epay", "alipay", "wechatpay", "unionpay").</summary>
    string Name { get; }

    /// <summary>Maps the gateway's API (create, query, refund...) under <c>/sandbox/{Name}/</c>.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>The signed asynchronous notification of a payment's outcome (or of a refund, when <paramref name="refund"/> is given).</summary>
    Task<SandboxNotification> BuildNotificationAsync(SandboxPayment payment, SandboxRefund? refund, CancellationToken cancellationToken);

    /// <summary>Whether the shop's answer to a notification accepts it (the gateway stops sending), as the real gateway decides.</summary>
    bool IsAcknowledged(int statusCode, string body);
}

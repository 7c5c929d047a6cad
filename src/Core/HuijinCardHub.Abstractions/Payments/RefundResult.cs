using HuijinCardHub.Text;

namespace HuijinCardHub.Payments;

/// <summary>What the gateway answered to a refund.</summary>
/// <param name="Problem">Why it failed, in both languages, when <see cref="RefundState.Failed"/>.</param>
public sealed record RefundResult(RefundState State, string? GatewayRefundNo = null, Bilingual? Problem = null);

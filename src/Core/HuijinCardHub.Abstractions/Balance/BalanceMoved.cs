namespace HuijinCardHub.Balance;

/// <summary>
/// Durable: a member's balance moved (a repeated, idempotent call raises nothing). <paramref name="Amount"/> is signed:
/// a debit is negative. <paramref name="Sequence"/> is the movement's place in the shop's ledger chain.
/// </summary>
public sealed record BalanceMoved(
    string UserId,
    BalanceMovementKind Kind,
    Money Amount,
    Money BalanceAfter,
    string Reason,
    string Reference,
    string Actor,
    long Sequence,
    DateTime MovedUtc);

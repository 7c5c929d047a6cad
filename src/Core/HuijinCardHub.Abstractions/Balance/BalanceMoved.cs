namespace HuijinCardHub.Balance;

/// <summary>
/// Durable: a member's balance moved (a repeated, idempotent call raises nothing). The movement is the ledger line as
/// written, hash included, so a subscriber sees exactly what the ledger holds.
/// </summary>
public sealed record BalanceMoved(BalanceMovement Movement);

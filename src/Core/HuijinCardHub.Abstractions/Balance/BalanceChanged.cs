namespace HuijinCardHub.Balance;

/// <summary>Raised after commit whenever a member's balance moved (not for a repeated, idempotent call).</summary>
public sealed record BalanceChanged(string UserId, long DeltaFen, long BalanceAfterFen, string Reference);

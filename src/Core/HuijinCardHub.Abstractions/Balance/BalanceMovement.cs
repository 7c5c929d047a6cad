namespace HuijinCardHub.Balance;
/// <summary>One line of the ledger. <paramref name="Amount"/> is signed: a debit is negative.</summary>
/// <param name="Sequence">Its place in the shop's chain (1, 2, 3...).</param>
/// <param name="Actor">The staff member for an adjustment, "system" otherwise.</param>
public sealed record BalanceMovement(
    long Id,
    long Sequence,
    string UserId,
    BalanceMovementKind Kind,
    Money Amount,
    Money BalanceAfter,
    string Reason,
    string Reference,
    string Actor,
    DateTime CreatedUtc,
    string Hash);

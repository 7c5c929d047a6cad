namespace HuijinCardHub.Balance.Domain;

/// <summary>One row of the append-only ledger; <see cref="Hash"/> seals it and its predecessor.</summary>
internal sealed class LedgerEntry
{
    public long Id { get; set; }

    public long Sequence { get; set; }

    public required string UserId { get; set; }

    public BalanceMovementKind Kind { get; set; }

    /// <summary>Signed: negative for a debit.</summary>
    public long AmountFen { get; set; }

    public long BalanceAfterFen { get; set; }

    public string Reason { get; set; } = "";

    public string Reference { get; set; } = "";

    public string Actor { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";

    public BalanceMovement ToMovement() => new(
        Id, Sequence, UserId, Kind, new Money(AmountFen), new Money(BalanceAfterFen), Reason, Reference, Actor, CreatedUtc, Hash);
}

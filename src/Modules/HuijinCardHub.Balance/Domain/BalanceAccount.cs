namespace HuijinCardHub.Balance.Domain;

/// <summary>A member's balance. Changed only by conditional updates, never read-modify-write.</summary>
internal sealed class BalanceAccount
{
    public required string UserId { get; set; }

    public long BalanceFen { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

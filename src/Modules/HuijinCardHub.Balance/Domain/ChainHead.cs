namespace HuijinCardHub.Balance.Domain;

/// <summary>
/// The single row holding the chain's last sequence and hash. Every movement updates it first, so the row
/// lock orders all movements of the shop into one chain (and makes a truncated tail detectable).
/// </summary>
internal sealed class ChainHead
{
    public const int TheId = 1;

    public static readonly string Genesis = new('0', 64);

    public int Id { get; set; }

    public long Sequence { get; set; }

    public string LastHash { get; set; } = Genesis;
}

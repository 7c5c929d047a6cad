using HuijinCardHub.Text;

namespace HuijinCardHub.Balance;

/// <summary>The result of walking the ledger's hash chain.</summary>
/// <param name="Checked">How many movements were read.</param>
/// <param name="BrokenMovementId">The first movement found wrong (null when the break is at the chain's head).</param>
/// <param name="HeadHash">The hash the chain ends in: note it down elsewhere to detect a rewrite of the whole chain.</param>
public sealed record LedgerVerification(
    bool IsIntact,
    long Checked,
    long? BrokenMovementId,
    long? BrokenSequence,
    Bilingual? Problem,
    string HeadHash);

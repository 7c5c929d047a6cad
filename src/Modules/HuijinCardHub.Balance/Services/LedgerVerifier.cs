using HuijinCardHub.Balance.Data;
using HuijinCardHub.Balance.Domain;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Balance.Services;

/// <summary>
/// Walks the chain in order and stops at the first row that is not what was sealed: a changed field
/// (hash), a removed or inserted row (sequence, previous hash), a member's running balance that does not
/// add up, a cut tail (the head), or an account balance that no longer matches its last movement.
/// </summary>
internal sealed class LedgerVerifier(BalanceDbContext db)
{
    public async Task<LedgerVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var head = await db.ChainHeads.AsNoTracking().SingleAsync(h => h.Id == ChainHead.TheId, cancellationToken);
        var lastBalance = new Dictionary<string, long>(StringComparer.Ordinal);
        var expectedSequence = 1L;
        var previousHash = ChainHead.Genesis;
        long count = 0;
        // Rows past the head read above were committed since: the check covers the chain as the head saw it.
        var rows = db.Movements.AsNoTracking().Where(m => m.Sequence <= head.Sequence).OrderBy(m => m.Sequence);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            var problem = Check(row, expectedSequence, previousHash, lastBalance.GetValueOrDefault(row.UserId));
            if (problem is not null)
            {
                return new LedgerVerification(false, count, row.Id, row.Sequence, problem, head.LastHash);
            }

            lastBalance[row.UserId] = row.BalanceAfterFen;
            expectedSequence++;
            previousHash = row.Hash;
        }

        if (head.Sequence != expectedSequence - 1 || head.LastHash != previousHash)
        {
            return new LedgerVerification(false, count, null, head.Sequence, new Bilingual(
                $"账本末尾不完整：链头记录第 {head.Sequence} 条，实际只到第 {expectedSequence - 1} 条",
                $"The ledger's tail is broken: the head records movement {head.Sequence}, the chain ends at {expectedSequence - 1}"), head.LastHash);
        }

        var mismatch = await FirstAccountMismatchAsync(lastBalance, head.Sequence, cancellationToken);
        return mismatch is null
            ? new LedgerVerification(true, count, null, null, null, head.LastHash)
            : new LedgerVerification(false, count, null, null, mismatch, head.LastHash);
    }

    private static Bilingual? Check(LedgerEntry row, long expectedSequence, string previousHash, long balanceBefore)
    {
        if (row.Sequence != expectedSequence)
        {
            return new($"缺少第 {expectedSequence} 条记录（下一条是第 {row.Sequence} 条）", $"Movement {expectedSequence} is missing (the next is {row.Sequence})");
        }

        if (row.PreviousHash != previousHash)
        {
            return new("与上一条记录的哈希不衔接", "Its previous hash does not match the movement before it");
        }

        if (LedgerHash.Compute(row) != row.Hash)
        {
            return new("记录内容与哈希不符（已被修改）", "Its content does not match its hash (it was altered)");
        }

        return balanceBefore + row.AmountFen == row.BalanceAfterFen
            ? null
            : new("变动后余额与前一余额加变动金额不符", "Its balance after does not equal the balance before plus the amount");
    }

    private async Task<Bilingual?> FirstAccountMismatchAsync(Dictionary<string, long> lastBalance, long headSequence, CancellationToken cancellationToken)
    {
        var suspects = new List<string>();
        await foreach (var account in db.Accounts.AsNoTracking().OrderBy(a => a.UserId).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (lastBalance.GetValueOrDefault(account.UserId) != account.BalanceFen)
            {
                suspects.Add(account.UserId);
            }
        }

        if (suspects.Count == 0)
        {
            return null;
        }

        // Asked after the accounts were read: a balance changed meanwhile has its newer movement visible by now.
        var movedSince = await db.Movements.AsNoTracking()
            .Where(m => m.Sequence > headSequence && suspects.Contains(m.UserId))
            .Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
        var userId = suspects.FirstOrDefault(s => !movedSince.Contains(s));
        return userId is null
            ? null
            : new($"会员 {userId} 的余额与账本不符", $"The balance of member {userId} does not match the ledger");
    }
}

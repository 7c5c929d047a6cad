using HuijinCardHub.Balance.Data;
using HuijinCardHub.Balance.Domain;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Balance.Services;

/// <summary>
/// Moves money and appends the ledger row, in the caller's unit of work. The chain head's row is locked
/// first, so movements of the whole shop line up in one chain and a repeated reference is seen even when
/// the first call is still committing; the balance itself changes by one conditional UPDATE.
/// </summary>
internal sealed class LedgerAppender(BalanceDbContext db, IUnitOfWork unitOfWork, IDurableEvents events, IClock clock)
{
    public async Task<BalanceMovement> AppendAsync(MovementRequest request, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await LockChainAsync(cancellationToken);

        var existing = await db.Movements.AsNoTracking().FirstOrDefaultAsync(
            m => m.UserId == request.UserId && m.Kind == request.Kind && m.Reference == request.Reference, cancellationToken);
        if (existing is not null)
        {
            // Commit the (empty) inner scope before refusing so the caller's own transaction stays usable.
            await transaction.CommitAsync(cancellationToken);
            return existing.AmountFen == request.DeltaFen
                ? existing.ToMovement()
                : throw new ShopException(BalanceErrors.ReferenceReused(request.Reference));
        }

        var now = LedgerHash.Truncate(clock.UtcNow);
        if (!await ChangeBalanceAsync(request, now, cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            throw new ShopException(request.Kind == BalanceMovementKind.Adjust ? BalanceErrors.BelowZero : BalanceErrors.Insufficient);
        }

        var balanceAfter = await db.Accounts.Where(a => a.UserId == request.UserId).Select(a => a.BalanceFen).SingleAsync(cancellationToken);
        var head = await db.ChainHeads.AsNoTracking().SingleAsync(h => h.Id == ChainHead.TheId, cancellationToken);
        var entry = new LedgerEntry
        {
            Sequence = head.Sequence + 1,
            UserId = request.UserId,
            Kind = request.Kind,
            AmountFen = request.DeltaFen,
            BalanceAfterFen = balanceAfter,
            Reason = request.Reason,
            Reference = request.Reference,
            Actor = request.Actor,
            CreatedUtc = now,
            PreviousHash = head.LastHash,
        };
        entry.Hash = LedgerHash.Compute(entry);
        db.Movements.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(entry).State = EntityState.Detached;
        await db.ChainHeads.Where(h => h.Id == ChainHead.TheId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, entry.Sequence).SetProperty(h => h.LastHash, entry.Hash), cancellationToken);

        var movement = entry.ToMovement();
        await events.PublishAsync(new BalanceMoved(movement), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return movement;
    }

    /// <summary>A write that changes nothing, to take the head row's lock (PostgreSQL) or the write lock (SQLite).</summary>
    private Task<int> LockChainAsync(CancellationToken cancellationToken) =>
        db.ChainHeads.Where(h => h.Id == ChainHead.TheId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, h => h.Sequence), cancellationToken);

    private async Task<bool> ChangeBalanceAsync(MovementRequest request, DateTime now, CancellationToken cancellationToken)
    {
        var delta = request.DeltaFen;
        if (delta < 0)
        {
            var amount = -delta;
            // The guard and the change are one statement: the balance can never be seen and spent twice.
            var changed = await db.Accounts
                .Where(a => a.UserId == request.UserId && a.BalanceFen >= amount)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceFen, a => a.BalanceFen - amount).SetProperty(a => a.UpdatedUtc, now), cancellationToken);
            return changed == 1;
        }

        var credited = await db.Accounts
            .Where(a => a.UserId == request.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.BalanceFen, a => a.BalanceFen + delta).SetProperty(a => a.UpdatedUtc, now), cancellationToken);
        if (credited == 0)
        {
            // First credit opens the account; the chain lock keeps a second opener out.
            var account = db.Accounts.Add(new BalanceAccount { UserId = request.UserId, BalanceFen = delta, UpdatedUtc = now });
            await db.SaveChangesAsync(cancellationToken);
            account.State = EntityState.Detached;
        }

        return true;
    }
}

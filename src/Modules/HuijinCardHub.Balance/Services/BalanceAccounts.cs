using HuijinCardHub.Balance.Data;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Balance.Services;

/// <summary>The <see cref="IBalanceAccounts"/> contract: checks the request, then hands it to the ledger.</summary>
internal sealed class BalanceAccounts(BalanceDbContext db, LedgerAppender ledger, LedgerVerifier verifier) : IBalanceAccounts
{
    public const string SystemActor = "system";

    public async Task<Money> GetBalanceAsync(string userId, CancellationToken cancellationToken = default) =>
        new(await db.Accounts.Where(a => a.UserId == userId).Select(a => a.BalanceFen).FirstOrDefaultAsync(cancellationToken));

    public Task<BalanceMovement> DebitAsync(string userId, Money amount, string reason, string reference, CancellationToken cancellationToken = default)
    {
        RequirePositive(amount);
        return ledger.AppendAsync(MovementRequest.Create(userId, BalanceMovementKind.Debit, -amount.Fen, reason, reference, SystemActor), cancellationToken);
    }

    public Task<BalanceMovement> CreditAsync(string userId, Money amount, string reason, string reference, CancellationToken cancellationToken = default)
    {
        RequirePositive(amount);
        return ledger.AppendAsync(MovementRequest.Create(userId, BalanceMovementKind.Credit, amount.Fen, reason, reference, SystemActor), cancellationToken);
    }

    public Task<BalanceMovement> AdjustAsync(string userId, Money delta, string reason, string staffUserName, Guid requestId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ShopException(BalanceErrors.ReasonRequired);
        }

        if (string.IsNullOrWhiteSpace(staffUserName))
        {
            throw new ShopException(BalanceErrors.StaffRequired);
        }

        if (requestId == Guid.Empty)
        {
            throw new ShopException(BalanceErrors.FormExpired);
        }

        // One movement per form: the (member, kind, reference) key is unique in the database, and the ledger's chain
        // lock makes a second post of the same form, on any node, find the first instead of adding another.
        var reference = "adjust:" + requestId.ToString("N");
        return ledger.AppendAsync(MovementRequest.Create(userId, BalanceMovementKind.Adjust, delta.Fen, reason, reference, staffUserName.Trim()), cancellationToken);
    }

    public async Task<IReadOnlyList<BalanceMovement>> LedgerAsync(string userId, int page, CancellationToken cancellationToken = default)
    {
        var size = IBalanceAccounts.LedgerPageSize;
        var rows = await db.Movements.AsNoTracking()
            .Where(m => m.UserId == userId)
            .OrderByDescending(m => m.Sequence)
            .Skip((Math.Max(page, 1) - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToMovement()).ToList();
    }

    public Task<int> CountMovementsAsync(string userId, CancellationToken cancellationToken) =>
        db.Movements.CountAsync(m => m.UserId == userId, cancellationToken);

    public Task<LedgerVerification> VerifyLedgerAsync(CancellationToken cancellationToken = default) => verifier.VerifyAsync(cancellationToken);

    private static void RequirePositive(Money amount)
    {
        if (amount.Fen <= 0)
        {
            throw new ShopException(BalanceErrors.AmountPositive);
        }
    }
}

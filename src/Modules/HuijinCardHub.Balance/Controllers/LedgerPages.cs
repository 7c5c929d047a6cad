using HuijinCardHub.Balance.Models;
using HuijinCardHub.Balance.Services;

namespace HuijinCardHub.Balance.Controllers;

internal static class LedgerPages
{
    public static async Task<LedgerPage> LoadAsync(BalanceAccounts accounts, string userId, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        var movements = await accounts.LedgerAsync(userId, page, cancellationToken);
        var total = await accounts.CountMovementsAsync(userId, cancellationToken);
        return new LedgerPage(movements, page, (long)page * IBalanceAccounts.LedgerPageSize < total);
    }
}

using HuijinCardHub.Catalog;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Gives an order's reserved, undelivered codes back to stock, line by line (codes already sold stay sold): when an
/// unpaid order ends, and when a paid order is refunded before its delivery, so no code is held for an order that
/// will never take it.
/// </summary>
internal sealed class OrderReservations(IEnumerable<ICodeStock> codeStocks)
{
    /// <returns>How many codes went back to stock.</returns>
    public async Task<int> ReleaseAsync(string orderNo, int lineCount, CancellationToken cancellationToken)
    {
        if (codeStocks.FirstOrDefault() is not { } stock)
        {
            return 0;
        }

        var released = 0;
        for (var line = 1; line <= lineCount; line++)
        {
            released += await stock.ReleaseAsync(CodeHolder.For(orderNo, line), cancellationToken);
        }

        return released;
    }
}

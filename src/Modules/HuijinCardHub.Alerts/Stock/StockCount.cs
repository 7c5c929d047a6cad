using HuijinCardHub.Catalog;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Alerts.Stock;

internal static class StockCount
{
    /// <summary>Codes stored for the goods itself plus those of each enabled variant.</summary>
    public static async Task<int> AvailableAsync(ICatalogQueries catalog, ICodeStock stock, long goodsId, CancellationToken cancellationToken)
    {
        var total = await stock.CountAvailableAsync(goodsId, null, cancellationToken);
        var detail = await catalog.GetGoodsAsync(goodsId, cancellationToken);
        foreach (var variant in detail?.Variants.Where(v => v.Enabled) ?? [])
        {
            total += await stock.CountAvailableAsync(goodsId, variant.Id, cancellationToken);
        }

        return total;
    }
}

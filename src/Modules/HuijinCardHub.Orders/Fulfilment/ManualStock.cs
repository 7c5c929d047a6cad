using HuijinCardHub.Catalog;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Fulfilment;

/// <summary>
/// The merchant's stock figure of goods that staff or a supplier hand over (the variant's <see cref="VariantInfo.ManualStock"/>;
/// null: unlimited), less the units of orders not fulfilled yet. Shared by the staff queue and the supplier wait.
/// </summary>
internal sealed class ManualStock(ICatalogQueries catalog, PurchaseRules rules)
{
    /// <summary>
    /// Called for a line already written in the placing transaction, so the units held count it: more than the figure
    /// refuses the order. Lines are reserved in variant order (the rule locks its variant on PostgreSQL).
    /// </summary>
    public async Task HoldAsync(FulfilmentLine line, CancellationToken cancellationToken)
    {
        if (await VariantAsync(line.GoodsId, line.VariantId, cancellationToken) is { ManualStock: not null } variant &&
            !await rules.HasManualStockAsync(variant, 0, cancellationToken))
        {
            throw new ShopException(OrderErrors.OutOfStockFor(line.GoodsName));
        }
    }

    public async Task<int?> AvailableAsync(long goodsId, long variantId, CancellationToken cancellationToken)
    {
        if (await VariantAsync(goodsId, variantId, cancellationToken) is not { ManualStock: { } figure } variant)
        {
            return null;
        }

        return Math.Max(0, figure - await rules.HeldManualUnitsAsync(variant.Id, cancellationToken));
    }

    private async Task<VariantInfo?> VariantAsync(long goodsId, long variantId, CancellationToken cancellationToken) =>
        (await catalog.GetGoodsAsync(goodsId, cancellationToken))?.Variants.FirstOrDefault(v => v.Id == variantId);
}

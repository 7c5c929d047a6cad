using HuijinCardHub.Catalog;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>Tells the catalogue how many codes of a variant can be sold now (unsold, unreserved, not void).</summary>
internal sealed class CodeStockReader(ICodeStock stock) : IStockReader
{
    public async Task<int?> GetAvailableAsync(long goodsId, long variantId, CancellationToken cancellationToken = default) =>
        await stock.CountAvailableAsync(goodsId, variantId, cancellationToken);
}

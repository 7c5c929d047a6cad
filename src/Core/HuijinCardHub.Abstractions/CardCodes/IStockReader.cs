namespace HuijinCardHub.CardCodes;

/// <summary>
/// Stock of a variant, provided by the module that holds it (card codes). Optional: with no provider
/// registered the storefront shows goods as in stock.
/// </summary>
public interface IStockReader
{
    /// <summary>Units that can be sold now (unsold, unreserved), or null when this provider does not track the variant.</summary>
    Task<int?> GetAvailableAsync(long goodsId, long variantId, CancellationToken cancellationToken = default);
}

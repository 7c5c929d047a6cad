using HuijinCardHub.Catalog;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// Tells the catalogue how many codes of a variant can be sold now (unsold, unreserved, not void). Counted at most
/// every <see cref="Lifetime"/> per variant for the storefront, and again at once after a change on this node:
/// a goods page may lag another node by a moment; an order never relies on it (reservation is atomic).
/// </summary>
internal sealed class CodeStockReader(IServiceProvider services, IMemoryCache cache, StockCountVersion version) : IStockReader
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    public async Task<int?> GetAvailableAsync(long goodsId, long variantId, CancellationToken cancellationToken = default)
    {
        // Whether samples count depends on the shop being live, which a merchant may switch at any moment.
        var key = (nameof(CodeStockReader), goodsId, variantId, await services.GetRequiredService<SampleSales>().AllowedAsync(cancellationToken));
        if (cache.TryGetValue(key, out int count))
        {
            return count;
        }

        var token = version.Token;
        // The stock service (and its database context) is built on a cache miss only: most page views never need it.
        count = await services.GetRequiredService<ICodeStock>().CountAvailableAsync(goodsId, variantId, cancellationToken);
        cache.Set(key, count, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }.AddExpirationToken(token));
        return count;
    }
}

using HuijinCardHub.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Catalog.Services;

/// <summary>
/// The catalogue snapshot, kept in the shell's memory so storefront pages cost no database trip. A save
/// on this node clears it at once; other nodes sharing the database see the change when their copy expires.
/// Orders must not trust it for money: the price calculator reads the variant's price from the database.
/// </summary>
internal sealed class CatalogReader(IServiceProvider services, IMemoryCache cache, CatalogCacheVersion version)
{
    private const string Key = "catalog:snapshot";
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<CatalogSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key, out CatalogSnapshot? snapshot) && snapshot is not null)
        {
            return snapshot;
        }

        var token = version.Token;
        snapshot = await LoadAsync(cancellationToken);
        using var entry = cache.CreateEntry(Key);
        entry.Value = snapshot;
        entry.AbsoluteExpirationRelativeToNow = Lifetime;
        entry.AddExpirationToken(token);
        return snapshot;
    }

    private async Task<CatalogSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CatalogDbContext>();
        var variants = await db.Variants.AsNoTracking().OrderBy(v => v.SortOrder).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        var inputs = await db.InputFields.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        var tiers = await db.WholesaleTiers.AsNoTracking().OrderBy(t => t.MinQuantity).ToListAsync(cancellationToken);
        return new CatalogSnapshot
        {
            Categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken),
            Goods = await db.Goods.AsNoTracking().OrderBy(g => g.SortOrder).ThenBy(g => g.Id).ToListAsync(cancellationToken),
            VariantsByGoods = variants.ToLookup(v => v.GoodsId),
            InputsByGoods = inputs.ToLookup(f => f.GoodsId),
            TiersByGoods = tiers.ToLookup(t => t.GoodsId),
            Levels = await db.MemberLevels.AsNoTracking().OrderBy(l => l.Threshold).ThenBy(l => l.Id).ToListAsync(cancellationToken),
        };
    }
}

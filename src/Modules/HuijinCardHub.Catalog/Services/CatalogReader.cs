using HuijinCardHub.Catalog.Data;
using HuijinCardHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace HuijinCardHub.Catalog.Services;

/// <summary>
/// The catalogue snapshot, kept in the shell's memory. Two ways to read it:
/// <see cref="GetAsync"/> for pages, which costs no database trip (a save on this node clears the copy at once; other
/// nodes sharing the database see the change when their copy expires); and <see cref="GetCurrentAsync"/> for money,
/// which first reads the catalogue's revision (one row, moved by triggers with every catalogue change) and reloads
/// when the copy is older. One scope checks once: a checkout prices all its lines against the same catalogue.
/// </summary>
internal sealed class CatalogReader(IServiceProvider services, IMemoryCache cache, CatalogCacheVersion version, CatalogSnapshotLoads loads, ShellSql sql)
{
    private const string Key = "catalog:snapshot";
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private CatalogSnapshot? _checked;
    private IChangeToken? _checkedUntil;

    public async Task<CatalogSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (CheckedInThisScope() is { } current)
        {
            return current;
        }

        if (cache.TryGetValue(Key, out CatalogSnapshot? snapshot) && snapshot is not null)
        {
            return snapshot;
        }

        return await LoadAsync(await ReadRevisionAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The catalogue as the database holds it now: what an order prices and checks against.</summary>
    public async Task<CatalogSnapshot> GetCurrentAsync(CancellationToken cancellationToken)
    {
        if (CheckedInThisScope() is { } current)
        {
            return current;
        }

        var until = version.Token;
        var revision = await ReadRevisionAsync(cancellationToken);
        if (!cache.TryGetValue(Key, out CatalogSnapshot? snapshot) || snapshot is null || snapshot.Revision < revision)
        {
            snapshot = await LoadAsync(revision, cancellationToken);
        }

        (_checked, _checkedUntil) = (snapshot, until);
        return snapshot;
    }

    /// <summary>A save in this scope (or anywhere on this node) makes the scope check again.</summary>
    private CatalogSnapshot? CheckedInThisScope() => _checkedUntil is { HasChanged: false } ? _checked : null;

    private async Task<long> ReadRevisionAsync(CancellationToken cancellationToken) =>
        Convert.ToInt64(await sql.ScalarAsync(CatalogRevisionSql.Read, cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// One load at a time per shell: after a change, the orders waiting behind the first find its fresh copy instead
    /// of each reading the whole catalogue again.
    /// </summary>
    private async Task<CatalogSnapshot> LoadAsync(long revision, CancellationToken cancellationToken)
    {
        await loads.Gate.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(Key, out CatalogSnapshot? loaded) && loaded is not null && loaded.Revision >= revision)
            {
                return loaded;
            }

            var token = version.Token;
            // The revision is read before the rows, so the rows are at least as new as the number they carry.
            var snapshot = await ReadRowsAsync(await ReadRevisionAsync(cancellationToken), cancellationToken);
            using var entry = cache.CreateEntry(Key);
            entry.Value = snapshot;
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            entry.AddExpirationToken(token);
            return snapshot;
        }
        finally
        {
            loads.Gate.Release();
        }
    }

    private async Task<CatalogSnapshot> ReadRowsAsync(long revision, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CatalogDbContext>();
        var variants = await db.Variants.AsNoTracking().OrderBy(v => v.SortOrder).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        var inputs = await db.InputFields.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        var tiers = await db.WholesaleTiers.AsNoTracking().OrderBy(t => t.MinQuantity).ToListAsync(cancellationToken);
        return new CatalogSnapshot
        {
            Revision = revision,
            Categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken),
            Goods = await db.Goods.AsNoTracking().OrderBy(g => g.SortOrder).ThenBy(g => g.Id).ToListAsync(cancellationToken),
            VariantsByGoods = variants.ToLookup(v => v.GoodsId),
            InputsByGoods = inputs.ToLookup(f => f.GoodsId),
            TiersByGoods = tiers.ToLookup(t => t.GoodsId),
            // In the order the admin lists them, which is the order ICatalogQueries gives them out.
            Levels = await db.MemberLevels.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Threshold).ThenBy(l => l.Id).ToListAsync(cancellationToken),
        };
    }
}

/// <summary>The shell's one-at-a-time gate for catalogue loads.</summary>
internal sealed class CatalogSnapshotLoads
{
    public SemaphoreSlim Gate { get; } = new(1, 1);
}

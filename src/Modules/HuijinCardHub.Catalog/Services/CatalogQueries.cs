using HuijinCardHub.Catalog.Data;
using HuijinCardHub.Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Catalog.Services;

/// <summary>The catalogue for other modules, as DTOs (read from the database: orders rely on them).</summary>
internal sealed class CatalogQueries(CatalogDbContext db, GoodsService goods, MemberLevelService levels) : ICatalogQueries
{
    public async Task<GoodsDetail?> GetGoodsAsync(long goodsId, CancellationToken cancellationToken = default) =>
        ToDetail(await goods.FindAsync(goodsId, cancellationToken));

    public async Task<GoodsDetail?> FindGoodsBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        ToDetail(await goods.FindBySlugAsync(slug, cancellationToken));

    public async Task<IReadOnlyList<GoodsSummary>> ListGoodsAsync(CancellationToken cancellationToken = default)
    {
        var all = await db.Goods.AsNoTracking().OrderBy(g => g.SortOrder).ThenBy(g => g.Id).ToListAsync(cancellationToken);
        var variants = (await db.Variants.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(v => v.GoodsId);
        return all.Select(g => Summary(g, variants[g.Id])).ToList();
    }

    public async Task<IReadOnlyList<MemberLevelInfo>> ListMemberLevelsAsync(CancellationToken cancellationToken = default) =>
        (await levels.ListAsync(cancellationToken)).Select(ToInfo).ToList();

    public async Task<MemberLevelInfo?> LevelForSpendAsync(Money lifetimeSpend, CancellationToken cancellationToken = default) =>
        (await levels.ListAsync(cancellationToken))
            .Where(l => l.Threshold <= lifetimeSpend)
            .OrderByDescending(l => l.Threshold).ThenBy(l => l.DiscountBasisPoints)
            .Select(ToInfo)
            .FirstOrDefault();

    internal static GoodsSummary Summary(Goods g, IEnumerable<Variant> variants) => new(
        g.Id, g.CategoryId, g.Name, g.Slug, g.Kind, g.Visible, g.Hot, g.ImageUrl,
        variants.Where(v => v.Enabled).Select(v => v.Price).DefaultIfEmpty(Money.Zero).Min(),
        g.LowStockThreshold);

    private static GoodsDetail? ToDetail(GoodsAggregate? a) => a is null ? null : new GoodsDetail(
        Summary(a.Goods, a.Variants),
        a.Goods.Summary,
        a.Goods.DescriptionHtml,
        new PurchaseLimits(a.Goods.MinPerOrder, a.Goods.MaxPerOrder, a.Goods.MaxPerBuyerPerDay),
        a.Goods.VisibleLevelIds(),
        a.Variants.Select(v => new VariantInfo(v.Id, v.GoodsId, v.Name, v.Price, v.Cost, v.ManualStock, v.Enabled, v.SortOrder)).ToList(),
        a.Inputs.Select(f => new BuyerInputFieldInfo(f.Id, f.Key, f.Label, f.Kind, f.Required, f.Pattern, f.Placeholder)).ToList());

    private static MemberLevelInfo ToInfo(MemberLevel l) => new(l.Id, l.Name, l.DiscountBasisPoints, l.Threshold, l.SortOrder);
}

using HuijinCardHub.Catalog.Domain;

namespace HuijinCardHub.Catalog.Services;

/// <summary>
/// The catalogue for other modules, as DTOs, from the snapshot checked against the database's catalogue revision:
/// orders price and check against it, so it is never older than the last committed change.
/// </summary>
internal sealed class CatalogQueries(CatalogReader reader) : ICatalogQueries
{
    public async Task<GoodsDetail?> GetGoodsAsync(long goodsId, CancellationToken cancellationToken = default)
    {
        var snapshot = await reader.GetCurrentAsync(cancellationToken);
        return ToDetail(snapshot, snapshot.GoodsById(goodsId));
    }

    public async Task<GoodsDetail?> FindGoodsBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var snapshot = await reader.GetCurrentAsync(cancellationToken);
        return ToDetail(snapshot, snapshot.GoodsBySlug(slug));
    }

    public async Task<IReadOnlyList<GoodsSummary>> ListGoodsAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = await reader.GetCurrentAsync(cancellationToken);
        return snapshot.Goods.Select(g => Summary(g, snapshot.VariantsByGoods[g.Id])).ToList();
    }

    public async Task<IReadOnlyList<MemberLevelInfo>> ListMemberLevelsAsync(CancellationToken cancellationToken = default) =>
        (await reader.GetCurrentAsync(cancellationToken)).Levels.Select(ToInfo).ToList();

    public async Task<MemberLevelInfo?> LevelForSpendAsync(Money lifetimeSpend, CancellationToken cancellationToken = default) =>
        MemberLevelRule.Reached((await reader.GetCurrentAsync(cancellationToken)).Levels, lifetimeSpend) is { } level ? ToInfo(level) : null;

    internal static GoodsSummary Summary(Goods g, IEnumerable<Variant> variants) => new(
        g.Id, g.CategoryId, g.Name, g.Slug, g.Kind, g.Visible, g.Hot, g.ImageUrl,
        variants.Where(v => v.Enabled).Select(v => v.Price).DefaultIfEmpty(Money.Zero).Min(),
        g.LowStockThreshold);

    private static GoodsDetail? ToDetail(CatalogSnapshot snapshot, Goods? goods)
    {
        if (goods is null)
        {
            return null;
        }

        var variants = snapshot.VariantsByGoods[goods.Id];
        return new GoodsDetail(
            Summary(goods, variants),
            goods.Summary,
            goods.DescriptionHtml,
            new PurchaseLimits(goods.MinPerOrder, goods.MaxPerOrder, goods.MaxPerBuyerPerDay),
            goods.VisibleLevelIds(),
            variants.Select(v => new VariantInfo(v.Id, v.GoodsId, v.Name, v.Price, v.Cost, v.ManualStock, v.Enabled, v.SortOrder)).ToList(),
            snapshot.InputsByGoods[goods.Id].Select(f => new BuyerInputFieldInfo(f.Id, f.Key, f.Label, f.Kind, f.Required, f.Pattern, f.Placeholder)).ToList());
    }

    private static MemberLevelInfo ToInfo(MemberLevel l) => new(l.Id, l.Name, l.DiscountBasisPoints, l.Threshold, l.SortOrder);
}

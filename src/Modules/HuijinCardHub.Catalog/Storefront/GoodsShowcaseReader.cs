using HuijinCardHub.Catalog.Services;

namespace HuijinCardHub.Catalog.Storefront;

/// <summary>Hot and new goods for the home page, from the snapshot the catalogue pages read, priced like their cards.</summary>
internal sealed class GoodsShowcaseReader(CatalogReader reader, VisitorLevel visitor) : IGoodsShowcase
{
    public async Task<GoodsShowcase> GetAsync(int perRow, CancellationToken cancellationToken = default)
    {
        var snapshot = await reader.GetAsync(cancellationToken);
        var level = await visitor.GetAsync(snapshot, cancellationToken);
        IReadOnlyList<ShowcaseGoods> Row(IReadOnlyList<Domain.Goods> goods) => goods
            .Where(g => VisitorLevel.MaySee(g, level))
            .Take(perRow)
            .Select(g => CategoryPages.Card(snapshot, g))
            .Select(c => new ShowcaseGoods(c.Name, c.Url, c.ImageUrl, c.Price, c.Hot, c.KindText))
            .ToList();
        return new GoodsShowcase(Row(snapshot.Hot), Row(snapshot.Newest));
    }
}

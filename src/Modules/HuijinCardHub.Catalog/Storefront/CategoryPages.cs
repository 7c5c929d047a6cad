using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Catalog.Services;

namespace HuijinCardHub.Catalog.Storefront;

/// <summary>Maps catalogue rows to the small link and card models templates read.</summary>
internal static class CategoryPages
{
    public static CategoryLinkModel Link(Category c) => new(c.Slug, c.Name, c.Icon, CatalogUrls.Category(c.Slug));

    public static GoodsCardModel Card(CatalogSnapshot snapshot, Goods g) => new(
        g.Name, g.Slug, CatalogUrls.Goods(g.Slug), g.Summary, g.ImageUrl,
        snapshot.VariantsByGoods[g.Id].Where(v => v.Enabled).Select(v => v.Price).DefaultIfEmpty(Money.Zero).Min().ToYuanString(),
        g.Hot, GoodsPageBuilder.KindText(g.Kind).ToString());

    public static IReadOnlyList<CategoryLinkModel> PathTo(CatalogSnapshot snapshot, Category category)
    {
        var path = new List<CategoryLinkModel>();
        for (var at = category; at is not null && path.Count < 20; at = snapshot.Categories.FirstOrDefault(c => c.Id == at.ParentId))
        {
            path.Insert(0, Link(at));
        }

        return path;
    }
}

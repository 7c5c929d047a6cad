using HuijinCardHub.Catalog.Domain;

namespace HuijinCardHub.Catalog.Services;

/// <summary>The whole catalogue as the storefront and the price pipeline read it, kept in memory.</summary>
internal sealed class CatalogSnapshot
{
    public required IReadOnlyList<Category> Categories { get; init; }

    public required IReadOnlyList<Goods> Goods { get; init; }

    public required ILookup<long, Variant> VariantsByGoods { get; init; }

    public required ILookup<long, BuyerInputField> InputsByGoods { get; init; }

    public required ILookup<long, WholesaleTier> TiersByGoods { get; init; }

    public required IReadOnlyList<MemberLevel> Levels { get; init; }

    public Category? CategoryBySlug(string slug) => Categories.FirstOrDefault(c => c.Slug == slug);

    public Goods? GoodsBySlug(string slug) => Goods.FirstOrDefault(g => g.Slug == slug);

    public Goods? GoodsById(long id) => Goods.FirstOrDefault(g => g.Id == id);

    /// <summary>The category and every category below it.</summary>
    public IReadOnlySet<long> Subtree(long categoryId)
    {
        var ids = new HashSet<long> { categoryId };
        var added = true;
        while (added)
        {
            added = false;
            foreach (var category in Categories)
            {
                if (category.ParentId is { } parent && ids.Contains(parent) && ids.Add(category.Id))
                {
                    added = true;
                }
            }
        }

        return ids;
    }
}

using HuijinCardHub.Catalog.Domain;

namespace HuijinCardHub.Catalog.Services;

/// <summary>The whole catalogue as the storefront and the price pipeline read it, kept in memory.</summary>
internal sealed class CatalogSnapshot
{
    private Dictionary<long, Goods>? _goodsById;
    private Dictionary<string, Goods>? _goodsBySlug;
    private Dictionary<long, Variant>? _variantsById;
    private List<Goods>? _hot;
    private List<Goods>? _newest;

    /// <summary>The catalogue revision read before the rows: the rows are at least this new.</summary>
    public required long Revision { get; init; }

    public required IReadOnlyList<Category> Categories { get; init; }

    public required IReadOnlyList<Goods> Goods { get; init; }

    public required ILookup<long, Variant> VariantsByGoods { get; init; }

    public required ILookup<long, BuyerInputField> InputsByGoods { get; init; }

    public required ILookup<long, WholesaleTier> TiersByGoods { get; init; }

    public required IReadOnlyList<MemberLevel> Levels { get; init; }

    public Category? CategoryBySlug(string slug) => Categories.FirstOrDefault(c => c.Slug == slug);

    // The lookups are built on first use and kept with the snapshot: a shop with 100,000 goods is not scanned per
    // goods page or per order. Slugs are unique (index).
    public Goods? GoodsBySlug(string slug) =>
        (_goodsBySlug ??= Goods.ToDictionary(g => g.Slug, StringComparer.Ordinal)).GetValueOrDefault(slug);

    public Goods? GoodsById(long id) => (_goodsById ??= Goods.ToDictionary(g => g.Id)).GetValueOrDefault(id);

    public Variant? VariantById(long id) =>
        (_variantsById ??= VariantsByGoods.SelectMany(v => v).ToDictionary(v => v.Id)).GetValueOrDefault(id);

    /// <summary>The visible goods marked hot, in the merchant's order: the home page's first row, sorted once per snapshot.</summary>
    public IReadOnlyList<Goods> Hot =>
        _hot ??= Goods.Where(g => g.Visible && g.Hot).OrderBy(g => g.SortOrder).ThenBy(g => g.Id).ToList();

    /// <summary>The visible goods, the most recently added first (the home page's "new" row).</summary>
    public IReadOnlyList<Goods> Newest =>
        _newest ??= Goods.Where(g => g.Visible).OrderByDescending(g => g.CreatedUtc).ThenByDescending(g => g.Id).ToList();

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

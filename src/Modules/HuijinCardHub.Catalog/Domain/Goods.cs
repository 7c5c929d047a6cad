using HuijinCardHub.Catalog;

namespace HuijinCardHub.Catalog.Domain;

/// <summary>Something the shop sells (Q币 10元, 王者荣耀点券...), sold through one or more variants.</summary>
internal sealed class Goods
{
    public long Id { get; set; }

    public long CategoryId { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public GoodsKind Kind { get; set; }

    public string? Summary { get; set; }

    /// <summary>Sanitized when saved, so the storefront prints it as is.</summary>
    public string DescriptionHtml { get; set; } = "";

    public string? ImageUrl { get; set; }

    public bool Visible { get; set; } = true;

    public bool Hot { get; set; }

    public int MinPerOrder { get; set; } = 1;

    public int MaxPerOrder { get; set; } = 100;

    public int? MaxPerBuyerPerDay { get; set; }

    /// <summary>Comma-separated member level ids allowed to see the goods; empty means everybody.</summary>
    public string VisibleToLevels { get; set; } = "";

    public int LowStockThreshold { get; set; }

    public int SortOrder { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Dynamic pricing: follow the cost with a markup.</summary>
    public bool FollowCost { get; set; }

    public int MarkupBasisPoints { get; set; }

    public PriceRounding RoundTo { get; set; }

    public IReadOnlyList<long> VisibleLevelIds() =>
        VisibleToLevels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.TryParse(s, out var id) ? id : 0).Where(id => id > 0).ToList();
}

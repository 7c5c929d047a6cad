using HuijinCardHub.Catalog;

namespace HuijinCardHub.Catalog.Domain;

/// <summary>Something the buyer must type when ordering (the QQ number to top up, a game account...).</summary>
internal sealed class BuyerInputField
{
    public long Id { get; set; }

    public long GoodsId { get; set; }

    public required string Key { get; set; }

    public required string Label { get; set; }

    public BuyerInputKind Kind { get; set; }

    public bool Required { get; set; } = true;

    /// <summary>An extra regular expression the value must match; checked to compile when saved.</summary>
    public string? Pattern { get; set; }

    public string? Placeholder { get; set; }

    public int SortOrder { get; set; }
}

using HuijinCardHub.Catalog.Domain;

namespace HuijinCardHub.Catalog.Services;

/// <summary>What a merchant or a recipe gives for a category; checked by <see cref="CatalogRules"/>.</summary>
internal sealed record CategoryInput(string Slug, string Name, long? ParentId, string? Icon, int SortOrder, bool Visible);

/// <summary>What a merchant or a recipe gives for a goods with its variants, input fields and tiers.</summary>
internal sealed record GoodsInput(
    string Slug,
    string Name,
    long CategoryId,
    GoodsKind Kind,
    string? Summary,
    string DescriptionHtml,
    string? ImageUrl,
    bool Visible,
    bool Hot,
    int SortOrder,
    int MinPerOrder,
    int MaxPerOrder,
    int? MaxPerBuyerPerDay,
    IReadOnlyList<long> VisibleToLevels,
    int LowStockThreshold,
    IReadOnlyList<VariantInput> Variants,
    IReadOnlyList<InputFieldInput> Inputs,
    IReadOnlyList<TierInput> Tiers,
    PricingRuleInput Rule);

/// <param name="Id">The variant being changed; null for a new one.</param>
internal sealed record VariantInput(long? Id, string Name, Money Price, Money Cost, int? ManualStock, bool Enabled, int SortOrder);

internal sealed record InputFieldInput(string Key, string Label, BuyerInputKind Kind, bool Required, string? Pattern, string? Placeholder);

internal sealed record TierInput(int MinQuantity, int DiscountBasisPoints);

internal sealed record PricingRuleInput(bool FollowCost, int MarkupBasisPoints, PriceRounding RoundTo)
{
    public static readonly PricingRuleInput None = new(false, 0, PriceRounding.None);
}

internal sealed record MemberLevelInput(string Name, int DiscountBasisPoints, Money Threshold, int SortOrder);

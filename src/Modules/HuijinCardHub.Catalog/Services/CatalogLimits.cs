namespace HuijinCardHub.Catalog.Services;

/// <summary>The bounds every form and recipe is held to: anything outside is a typo or an attack.</summary>
internal static class CatalogLimits
{
    /// <summary>1,000,000 yuan.</summary>
    public static readonly Money MaxPrice = new(100_000_000);

    public const int MaxQuantity = 10_000;
    public const int MaxStock = 10_000_000;
    public const int MaxNameLength = 100;
    public const int MaxSummaryLength = 500;
    public const int MaxDescriptionLength = 100_000;
    public const int MaxUrlLength = 1000;
    public const int MaxMarkupBasisPoints = 100_000;
    public const int MaxPatternLength = 500;
    public const int MaxVariants = 100;
    public const int MaxInputFields = 20;
    public const int MaxTiers = 20;
}

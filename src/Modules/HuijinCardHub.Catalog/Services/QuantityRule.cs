using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services;

/// <summary>Quantities a person can mean: 1 to 10,000.</summary>
internal static class QuantityRule
{
    public static IEnumerable<Bilingual> Check(int value, string zh, string en)
    {
        if (value is < 1 or > CatalogLimits.MaxQuantity)
        {
            yield return new Bilingual($"{zh}须在 1 到 {CatalogLimits.MaxQuantity} 之间", $"The {en} must be between 1 and {CatalogLimits.MaxQuantity}");
        }
    }
}

/// <summary>Prices a shop can mean: 0 to 1,000,000 yuan.</summary>
internal static class PriceRule
{
    public static IEnumerable<Bilingual> Check(Money value, string zh, string en)
    {
        if (value.IsNegative)
        {
            yield return new Bilingual($"{zh}不能为负数", $"The {en} cannot be negative");
        }
        else if (value > CatalogLimits.MaxPrice)
        {
            yield return new Bilingual($"{zh}不能超过 1,000,000 元", $"The {en} cannot exceed 1,000,000 yuan");
        }
    }
}

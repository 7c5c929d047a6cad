using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services;

internal static class TierRules
{
    public static IEnumerable<Bilingual> Check(IReadOnlyList<TierInput> tiers)
    {
        if (tiers.Count > CatalogLimits.MaxTiers)
        {
            yield return new Bilingual($"批发价最多 {CatalogLimits.MaxTiers} 档", $"At most {CatalogLimits.MaxTiers} wholesale tiers");
        }

        var seen = new HashSet<int>();
        foreach (var tier in tiers)
        {
            if (tier.MinQuantity is < 2 or > CatalogLimits.MaxQuantity)
            {
                yield return new Bilingual($"批发起购数量须在 2 到 {CatalogLimits.MaxQuantity} 之间", $"A wholesale tier's minimum quantity must be between 2 and {CatalogLimits.MaxQuantity}");
            }
            else if (!seen.Add(tier.MinQuantity))
            {
                yield return new Bilingual($"批发起购数量 {tier.MinQuantity} 重复", $"The wholesale quantity {tier.MinQuantity} appears twice");
            }

            if (tier.DiscountBasisPoints is < 1 or >= 10_000)
            {
                yield return new Bilingual("批发折扣须在 0.01% 到 99.99% 之间", "A wholesale discount must be between 0.01% and 99.99% of the price");
            }
        }
    }
}

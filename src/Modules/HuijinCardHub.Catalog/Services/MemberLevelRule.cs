using HuijinCardHub.Catalog.Domain;

namespace HuijinCardHub.Catalog.Services;

/// <summary>
/// Which level a lifetime spend reaches: the highest threshold it passes; of two levels on the same threshold, the
/// deeper discount. One rule for the price a page shows and the price checkout charges.
/// </summary>
internal static class MemberLevelRule
{
    public static MemberLevel? Reached(IEnumerable<MemberLevel> levels, Money lifetimeSpend) =>
        levels.Where(l => l.Threshold <= lifetimeSpend)
            .OrderByDescending(l => l.Threshold).ThenBy(l => l.DiscountBasisPoints).ThenBy(l => l.Id)
            .FirstOrDefault();
}

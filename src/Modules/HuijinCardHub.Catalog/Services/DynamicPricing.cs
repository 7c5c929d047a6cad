using HuijinCardHub.Catalog.Domain;

namespace HuijinCardHub.Catalog.Services;

/// <summary>"Follow cost": price = cost plus a markup, rounded up to the jiao or the yuan when asked.</summary>
internal static class DynamicPricing
{
    public static Money PriceFor(Money cost, int markupBasisPoints, PriceRounding roundTo) =>
        RoundUp(cost.ApplyRate(10_000 + markupBasisPoints), roundTo);

    public static Money RoundUp(Money price, PriceRounding roundTo)
    {
        var step = roundTo switch
        {
            PriceRounding.Jiao => 10L,
            PriceRounding.Yuan => 100L,
            _ => 1L,
        };
        var remainder = price.Fen % step;
        return remainder == 0 ? price : new Money(price.Fen - remainder + step);
    }
}

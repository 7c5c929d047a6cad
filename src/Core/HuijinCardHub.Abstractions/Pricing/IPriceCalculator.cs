namespace HuijinCardHub.Pricing;

/// <summary>Runs the ordered <see cref="IPriceAdjuster"/> pipeline for one variant and quantity.</summary>
public interface IPriceCalculator
{
    /// <summary>Throws <see cref="Text.ShopException"/> when the variant does not exist or is disabled.</summary>
    Task<PriceContext> CalculateAsync(PriceRequest request, CancellationToken cancellationToken = default);
}

/// <param name="MemberLevelId">The buyer's member level, or null for a guest.</param>
/// <param name="SiteMarkupBasisPoints">Null reads the current site's "markupBasisPoints" setting.</param>
public sealed record PriceRequest(long VariantId, int Quantity = 1, long? MemberLevelId = null, int? SiteMarkupBasisPoints = null);

namespace HuijinCardHub.Pricing;

/// <param name="MemberLevelId">The buyer's member level, or null for a guest.</param>
/// <param name="SiteMarkupBasisPoints">Null reads the current site's "markupBasisPoints" setting.</param>
public sealed record PriceRequest(long VariantId, int Quantity = 1, long? MemberLevelId = null, int? SiteMarkupBasisPoints = null);

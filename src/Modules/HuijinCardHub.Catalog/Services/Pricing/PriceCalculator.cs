using HuijinCardHub.Pricing;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services.Pricing;

/// <summary>
/// Takes the variant's price and cost from the catalogue as the database holds it now (the cached copy only after
/// its revision was checked: money is never priced from a copy that may be stale), then runs every registered
/// adjuster in order.
/// </summary>
internal sealed class PriceCalculator(CatalogReader reader, IEnumerable<IPriceAdjuster> adjusters) : IPriceCalculator
{
    private readonly IReadOnlyList<IPriceAdjuster> _pipeline = adjusters.OrderBy(a => a.Order).ToList();

    public async Task<PriceContext> CalculateAsync(PriceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Quantity is < 1 or > CatalogLimits.MaxQuantity)
        {
            throw new ShopException(new Bilingual($"购买数量须在 1 到 {CatalogLimits.MaxQuantity} 之间", $"The quantity must be between 1 and {CatalogLimits.MaxQuantity}"));
        }

        var variant = (await reader.GetCurrentAsync(cancellationToken)).VariantById(request.VariantId);
        if (variant is not { Enabled: true })
        {
            throw new ShopException(new Bilingual("商品规格不存在或已下架", "The variant does not exist or is no longer sold"));
        }

        return await RunAsync(variant, request, cancellationToken);
    }

    /// <summary>
    /// The price to show on a page, from the cached catalogue's variant: a page may lag a price change by a moment,
    /// an order never does (checkout prices through <see cref="CalculateAsync"/>, against the checked catalogue).
    /// </summary>
    public Task<PriceContext> CalculateForDisplayAsync(Domain.Variant variant, PriceRequest request, CancellationToken cancellationToken) =>
        RunAsync(variant, request, cancellationToken);

    private async Task<PriceContext> RunAsync(Domain.Variant variant, PriceRequest request, CancellationToken cancellationToken)
    {
        var snapshot = await reader.GetAsync(cancellationToken);
        var level = request.MemberLevelId is { } levelId ? snapshot.Levels.FirstOrDefault(l => l.Id == levelId) : null;
        var context = new PriceContext
        {
            GoodsId = variant.GoodsId,
            VariantId = variant.Id,
            Quantity = request.Quantity,
            BasePrice = variant.Price,
            Cost = variant.Cost,
            MemberDiscountBasisPoints = level is { DiscountBasisPoints: < 10_000 } ? level.DiscountBasisPoints : null,
            SiteMarkupBasisPoints = request.SiteMarkupBasisPoints,
        };
        foreach (var adjuster in _pipeline)
        {
            await adjuster.AdjustAsync(context, cancellationToken);
        }

        return context;
    }
}

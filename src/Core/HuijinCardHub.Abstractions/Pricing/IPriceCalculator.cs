namespace HuijinCardHub.Pricing;
/// <summary>Runs the ordered <see cref="IPriceAdjuster"/> pipeline for one variant and quantity.</summary>
public interface IPriceCalculator
{
    /// <summary>Throws <see cref="Text.ShopException"/> when the variant does not exist or is disabled.</summary>
    Task<PriceContext> CalculateAsync(PriceRequest request, CancellationToken cancellationToken = default);
}

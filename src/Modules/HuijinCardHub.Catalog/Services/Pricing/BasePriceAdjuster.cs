using HuijinCardHub.Pricing;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services.Pricing;

/// <summary>Starts the pipeline from the variant's list price.</summary>
internal sealed class BasePriceAdjuster : IPriceAdjuster
{
    public int Order => 0;

    public ValueTask AdjustAsync(PriceContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Apply("base", new Bilingual("售价", "List price"), context.BasePrice);
        return ValueTask.CompletedTask;
    }
}

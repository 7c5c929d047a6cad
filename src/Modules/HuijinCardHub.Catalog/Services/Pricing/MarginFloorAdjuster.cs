using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Pricing;
using HuijinCardHub.Settings;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services.Pricing;

/// <summary>
/// Last in the pipeline: however the discounts stack, a unit never sells under cost plus the minimum
/// margin, unless a manager has allowed it in the Pricing settings.
/// </summary>
internal sealed class MarginFloorAdjuster(ISettingsStore settings) : IPriceAdjuster
{
    public int Order => 1000;

    public async ValueTask AdjustAsync(PriceContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pricing = await settings.GetAsync<PricingSettings>(cancellationToken);
        if (pricing.AllowBelowFloor || context.Cost <= Money.Zero)
        {
            return;
        }

        var margin = Math.Clamp(pricing.MinimumMarginBasisPoints, 0, CatalogLimits.MaxMarkupBasisPoints);
        // Rounded up: the floor is a promise, a fen below it would break it.
        var floor = new Money(context.Cost.Fen + ((context.Cost.Fen * margin) + 9_999) / 10_000);
        context.Floor = floor;
        if (context.UnitPrice < floor)
        {
            context.Apply("floor", new Bilingual("最低利润保护", "Minimum margin"), floor);
        }
    }
}

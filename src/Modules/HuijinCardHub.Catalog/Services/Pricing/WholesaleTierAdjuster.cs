using HuijinCardHub.Pricing;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services.Pricing;

/// <summary>The deepest tier the quantity reaches applies.</summary>
internal sealed class WholesaleTierAdjuster(CatalogReader reader) : IPriceAdjuster
{
    public int Order => 200;

    public async ValueTask AdjustAsync(PriceContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var snapshot = await reader.GetAsync(cancellationToken);
        var tier = snapshot.TiersByGoods[context.GoodsId]
            .Where(t => t.MinQuantity <= context.Quantity)
            .MaxBy(t => t.MinQuantity);
        if (tier is not null)
        {
            var percent = Rates.Percent(tier.DiscountBasisPoints);
            context.Apply("wholesale",
                new Bilingual($"批发价：满 {tier.MinQuantity} 件 {percent}", $"Wholesale: {tier.MinQuantity}+ units at {percent}"),
                context.UnitPrice.ApplyRate(tier.DiscountBasisPoints));
        }
    }
}

using HuijinCardHub.Pricing;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services.Pricing;

internal sealed class MemberDiscountAdjuster : IPriceAdjuster
{
    public int Order => 100;

    public ValueTask AdjustAsync(PriceContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.MemberDiscountBasisPoints is { } rate and > 0 and < 10_000)
        {
            var percent = Rates.Percent(rate);
            context.Apply("member", new Bilingual($"会员价（{percent}）", $"Member price ({percent})"), context.UnitPrice.ApplyRate(rate));
        }

        return ValueTask.CompletedTask;
    }
}

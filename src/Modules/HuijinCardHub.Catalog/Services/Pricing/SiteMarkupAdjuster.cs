using System.Globalization;
using HuijinCardHub.Pricing;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services.Pricing;

/// <summary>A sub-station's markup, from the request or from the current site's "markupBasisPoints" setting.</summary>
internal sealed class SiteMarkupAdjuster(ISiteAccessor sites) : IPriceAdjuster
{
    public const string SettingKey = "markupBasisPoints";

    public int Order => 300;

    public async ValueTask AdjustAsync(PriceContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.SiteMarkupBasisPoints is null)
        {
            var site = await sites.GetCurrentAsync(cancellationToken);
            context.SiteMarkupBasisPoints = site.Settings.TryGetValue(SettingKey, out var text)
                && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var markup) ? markup : 0;
        }

        var rate = Math.Clamp(context.SiteMarkupBasisPoints.Value, 0, CatalogLimits.MaxMarkupBasisPoints);
        if (rate > 0)
        {
            var percent = Rates.Percent(rate);
            context.Apply("site", new Bilingual($"分站加价 {percent}", $"Sub-station markup {percent}"), context.UnitPrice.ApplyRate(10_000 + rate));
        }
    }
}

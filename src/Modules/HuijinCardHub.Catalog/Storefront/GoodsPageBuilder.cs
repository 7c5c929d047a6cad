using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Catalog.Services.Pricing;
using HuijinCardHub.Pricing;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Catalog.Storefront;

/// <summary>Builds the goods page model: prices through the pipeline for the visitor's level, stock from the optional reader.</summary>
internal sealed class GoodsPageBuilder(PriceCalculator prices, IServiceProvider services)
{
    public async Task<GoodsViewModel> BuildAsync(CatalogSnapshot snapshot, Goods goods, MemberLevel? level, CancellationToken cancellationToken)
    {
        var stock = services.GetService<IStockReader>();
        var variants = new List<VariantOptionModel>();
        foreach (var variant in snapshot.VariantsByGoods[goods.Id].Where(v => v.Enabled))
        {
            var price = await prices.CalculateForDisplayAsync(variant, new PriceRequest(variant.Id, goods.MinPerOrder, level?.Id), cancellationToken);
            var available = goods.Kind == GoodsKind.Code
                ? (stock is null ? null : await stock.GetAvailableAsync(goods.Id, variant.Id, cancellationToken))
                : variant.ManualStock;
            var (inStock, text) = StockState.Of(available, goods.LowStockThreshold);
            variants.Add(new VariantOptionModel(variant.Id, variant.Name, price.UnitPrice.ToYuanString(), variant.Price.ToYuanString(),
                price.UnitPrice < variant.Price, inStock, text.ToString()));
        }

        var category = snapshot.Categories.FirstOrDefault(c => c.Id == goods.CategoryId);
        var anyInStock = variants.Any(v => v.InStock);
        return new GoodsViewModel(
            goods.Id, goods.Name, goods.Slug, CatalogUrls.Goods(goods.Slug), goods.Kind.ToString(), KindText(goods.Kind).ToString(),
            goods.Summary, goods.DescriptionHtml, goods.ImageUrl,
            category is null ? null : CategoryPages.Link(category),
            level?.Name, goods.MinPerOrder, goods.MaxPerOrder, goods.MaxPerBuyerPerDay,
            anyInStock, (variants.Count == 0 ? StockState.Of(0, 0).Text : StockState.Of(anyInStock ? null : 0, 0).Text).ToString(),
            variants,
            snapshot.InputsByGoods[goods.Id].Select(f => new InputFieldModel(f.Key, f.Label, InputType(f.Kind), f.Required, f.Pattern, f.Placeholder)).ToList(),
            snapshot.TiersByGoods[goods.Id].Select(t => new TierModel(t.MinQuantity, Rates.Percent(t.DiscountBasisPoints))).ToList());
    }

    public static Bilingual KindText(GoodsKind kind) => kind switch
    {
        GoodsKind.DirectTopUp => new Bilingual("直充", "Direct top-up"),
        GoodsKind.Manual => new Bilingual("人工发货", "Manual delivery"),
        _ => new Bilingual("自动发卡", "Instant code"),
    };

    private static string InputType(BuyerInputKind kind) => kind switch
    {
        BuyerInputKind.Phone => "tel",
        BuyerInputKind.Email => "email",
        BuyerInputKind.Number or BuyerInputKind.QQ => "text",
        _ => "text",
    };
}

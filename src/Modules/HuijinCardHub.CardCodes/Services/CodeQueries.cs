using HuijinCardHub.CardCodes.Domain;

namespace HuijinCardHub.CardCodes.Services;

internal static class CodeQueries
{
    /// <summary>A null variant means codes stocked for the goods itself; written so each case can use the index.</summary>
    public static IQueryable<CardCode> OfGoods(this IQueryable<CardCode> codes, long goodsId, long? variantId) =>
        variantId is { } variant
            ? codes.Where(c => c.GoodsId == goodsId && c.VariantId == variant)
            : codes.Where(c => c.GoodsId == goodsId && c.VariantId == null);
}

using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Storefront;

/// <summary>What the buyer reads about stock: never the exact count, just enough to decide.</summary>
internal static class StockState
{
    /// <param name="available">Null when nobody counts the stock (no provider, unlimited manual stock).</param>
    public static (bool InStock, Bilingual Text) Of(int? available, int lowThreshold) => available switch
    {
        null => (true, new Bilingual("有货", "In stock")),
        <= 0 => (false, new Bilingual("缺货", "Out of stock")),
        _ when available <= lowThreshold => (true, new Bilingual("库存紧张", "Low stock")),
        _ => (true, new Bilingual("有货", "In stock")),
    };
}

namespace HuijinCardHub.Catalog;

/// <summary>
/// Goods to show off on a page another module owns (the home page): hot goods and new goods, those the visitor may see,
/// read from the catalogue's cached snapshot (no database read per page).
/// </summary>
public interface IGoodsShowcase
{
    Task<GoodsShowcase> GetAsync(int perRow, CancellationToken cancellationToken = default);
}

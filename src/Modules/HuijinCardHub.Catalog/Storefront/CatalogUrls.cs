namespace HuijinCardHub.Catalog.Storefront;

internal static class CatalogUrls
{
    public static string Category(string slug) => "/category/" + slug;

    public static string Goods(string slug) => "/goods/" + slug;
}

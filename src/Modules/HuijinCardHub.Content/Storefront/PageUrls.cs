namespace HuijinCardHub.Content.Storefront;

internal static class PageUrls
{
    public static string Of(string slug) => "/pages/" + slug;
}

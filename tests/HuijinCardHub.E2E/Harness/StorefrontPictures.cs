using Microsoft.Playwright;

namespace HuijinCardHub.E2E.Harness;

/// <summary>
/// Goods pictures as a buyer sees them. Contract with the themes: the home page's hot goods are <c>a.goods-card</c> in
/// the section labelled by <c>#hot-goods-title</c>; a picture is <c>img.goods-image</c> (a card) or <c>img.goods-hero</c>
/// (the goods page).
/// </summary>
internal static class StorefrontPictures
{
    public const string HotGoodsPictures = "section[aria-labelledby='hot-goods-title'] a.goods-card img.goods-image";

    /// <summary>Every hot goods card on the home page has a picture, and every picture really loaded (decoded pixels).</summary>
    public static async Task AssertHotGoodsShowPicturesAsync(IPage page)
    {
        var cards = page.Locator("section[aria-labelledby='hot-goods-title'] a.goods-card");
        var pictures = page.Locator(HotGoodsPictures);
        Assert.True(await cards.CountAsync() >= 4, "the home page shows fewer than 4 hot goods");
        Assert.Equal(await cards.CountAsync(), await pictures.CountAsync());
        for (var i = 0; i < await pictures.CountAsync(); i++)
        {
            await AssertLoadedAsync(pictures.Nth(i));
        }
    }

    /// <summary>The picture was fetched and decoded: a broken or refused image has no natural width.</summary>
    public static async Task AssertLoadedAsync(ILocator picture)
    {
        await picture.ScrollIntoViewIfNeededAsync();
        var width = await picture.EvaluateAsync<int>(
            "img => img.complete && img.naturalWidth > 0 ? img.naturalWidth : new Promise(done => { img.onload = () => done(img.naturalWidth); img.onerror = () => done(0); })");
        Assert.True(width > 0, $"the picture {await picture.GetAttributeAsync("src")} did not load");
    }
}

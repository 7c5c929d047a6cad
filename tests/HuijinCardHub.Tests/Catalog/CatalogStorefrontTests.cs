using System.Net;

namespace HuijinCardHub.Tests.Catalog;

/// <summary>A buyer browsing what the "catalog" recipe step made.</summary>
[Collection(CatalogCollection.Name)]
public sealed class CatalogStorefrontTests(CatalogShop shop)
{
    [Fact]
    public async Task The_goods_page_shows_the_name_and_price_in_readable_Chinese()
    {
        var response = await shop.CreateBrowser().GetAsync("/goods/qq-coins-10");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Q币 10元", html, StringComparison.Ordinal);
        Assert.Contains("¥9.80", html, StringComparison.Ordinal);
        Assert.Contains("QQ号码", html, StringComparison.Ordinal);
        Assert.Contains("有货", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_category_lists_the_goods_of_its_sub_categories_and_the_layout_lists_top_categories()
    {
        var html = await shop.CreateBrowser().GetStringAsync("/category/hot-games");
        Assert.Contains("Q币 10元", html, StringComparison.Ordinal);
        Assert.Contains("腾讯专区", html, StringComparison.Ordinal);
        Assert.DoesNotContain("话费直充", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/category/recharge\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_goods_by_a_word_of_their_name()
    {
        var html = await shop.CreateBrowser().GetStringAsync("/search?q=" + Uri.EscapeDataString("Q币"));
        Assert.Contains("/goods/qq-coins-10", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/goods/phone-topup", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_goods_and_categories_are_not_found()
    {
        var browser = shop.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/goods/no-such-goods")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/category/no-such-category")).StatusCode);
    }
}

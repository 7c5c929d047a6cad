using HuijinCardHub.E2E.Harness;
using Microsoft.Playwright;

namespace HuijinCardHub.E2E;

/// <summary>A manager gives a goods a new picture in the admin, and the storefront shows it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GoodsPictureTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task A_manager_uploads_a_goods_picture_and_buyers_see_it_on_the_goods_page_and_in_its_category()
    {
        await using var session = await ShopSession.StartAsync(browser, output, GameCardShop.Setup);
        var page = session.Page;
        var host = session.Host;
        await ShopPages.SignInAsync(page, host, GameCardShop.Setup.AdminUserName, GameCardShop.Setup.AdminPassword);
        await page.GotoAsync(ShopPages.Url(host, "/goods/wow-timecard"));
        var before = await page.Locator("img.goods-hero").GetAttributeAsync("src");

        await page.GotoAsync(ShopPages.Url(host, "/admin/catalog/goods?q=" + Uri.EscapeDataString("魔兽世界点卡")));
        await page.Locator("tr", new PageLocatorOptions { HasText = "魔兽世界点卡" }).Locator("a[href*='/admin/catalog/goods/']").First.ClickAsync();
        await page.WaitForURLAsync("**/admin/catalog/goods/*", PageLoads.Arrived);
        // Any picture the manager has at hand: here another template's tile, shipped in the repository.
        await page.Locator("#goods-image input[type=file][name=image]").SetInputFilesAsync(
            Path.Combine(SolutionFolder.Root, "recipes", "images", "member-account-shop", "adobe-cc.png"));
        await PageLoads.ClickAndWaitForNewPageAsync(page, page.Locator("#goods-image button[type=submit]").First);
        Assert.Contains("商品图片已更新", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        await StorefrontPictures.AssertLoadedAsync(page.Locator("#goods-image img"));

        await page.GotoAsync(ShopPages.Url(host, "/goods/wow-timecard"));
        var hero = page.Locator("img.goods-hero");
        var after = await hero.GetAttributeAsync("src");
        Assert.NotEqual(before, after);
        Assert.StartsWith("/media/goods/", after, StringComparison.Ordinal);
        await StorefrontPictures.AssertLoadedAsync(hero);

        await page.GotoAsync(ShopPages.Url(host, "/category/pc-cards"));
        await StorefrontPictures.AssertLoadedAsync(page.Locator($"a.goods-card img.goods-image[src='{after}']"));
    }
}

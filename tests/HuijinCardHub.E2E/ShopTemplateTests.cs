using HuijinCardHub.E2E.Harness;
using Microsoft.Playwright;

namespace HuijinCardHub.E2E;

/// <summary>
/// A merchant opening a shop from each shop template on the setup page; the storefront then shows that template's
/// categories and its hot goods with their pictures, and a category its goods. The names are the recipes' own
/// (recipes/*.recipe.json).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ShopTemplateTests(BrowserFixture browser, ITestOutputHelper output)
{
    public static TheoryData<string, string, string[], string, string> Templates => new()
    {
        { "game-card-shop", "Arcade", ["热门网游", "手游充值", "端游点卡"], "端游点卡", "魔兽世界点卡" },
        { "life-recharge-shop", "Jade", ["话费充值", "流量充值", "视频会员"], "话费充值", "全国话费直充" },
        { "member-account-shop", "Jade", ["影视会员", "音乐会员", "办公软件"], "办公软件", "Office 365 家庭版账号" },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task A_manager_creates_a_shop_from_a_template_and_its_storefront_shows_the_template_categories(
        string recipe, string theme, string[] categories, string category, string goods)
    {
        await using var shop = await ShopSession.StartAsync(browser, output);
        var page = shop.Page;
        var setup = new ShopSetup { SiteName = $"模板店 {recipe}", Recipe = recipe };

        await ShopPages.SetupThroughBrowserAsync(page, shop.Host, setup);

        await page.GotoAsync(ShopPages.Url(shop.Host, "/"));
        Assert.Contains(setup.SiteName, await page.InnerTextAsync("header"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator($"link[href*='HuijinCardHub.Themes.{theme}']").CountAsync());
        await StorefrontPictures.AssertHotGoodsShowPicturesAsync(page);
        var shown = (await page.Locator("nav.category-nav a").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(categories, shown);

        await page.Locator("nav.category-nav a", new PageLocatorOptions { HasText = category }).ClickAsync();
        await page.WaitForURLAsync("**/category/**", PageLoads.Arrived);
        Assert.Contains(category, await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("a.goods-card", new PageLocatorOptions { HasText = goods }).CountAsync());
    }
}

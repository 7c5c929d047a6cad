using HuijinCardHub.E2E.Harness;
using Microsoft.Playwright;

namespace HuijinCardHub.E2E;

/// <summary>A merchant opening a shop in the browser and switching a feature off and on, as a person would.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MerchantJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Content = "HuijinCardHub.Content";

    [Fact]
    public async Task A_merchant_sets_up_the_shop_signs_in_and_switches_pages_off_and_on()
    {
        await using var shop = await ShopSession.StartAsync(browser, output);
        var page = shop.Page;
        var setup = new ShopSetup { SiteName = "翡翠游戏卡铺" };

        await ShopPages.SetupThroughBrowserAsync(page, shop.Host, setup);

        // The storefront, in Jade, with the shop's name.
        await page.GotoAsync(ShopPages.Url(shop.Host, "/"));
        Assert.Contains(setup.SiteName, await page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("link[href*='HuijinCardHub.Themes.Jade']").CountAsync());

        await ShopPages.SignInAsync(page, shop.Host, setup.AdminUserName, setup.AdminPassword);
        await page.GotoAsync(ShopPages.Url(shop.Host, "/admin"));
        var pagesMenu = page.Locator("a[href$='/admin/pages']");
        Assert.True(await pagesMenu.CountAsync() > 0, "the Pages menu item is there while Content is on");

        await ShopPages.SetFeatureEnabledAsync(page, shop.Host, Content, enabled: false);
        Assert.Equal(0, await page.Locator("a[href$='/admin/pages']").CountAsync());
        var gone = await page.GotoAsync(ShopPages.Url(shop.Host, "/pages/about"));
        Assert.Equal(404, gone!.Status);
        var adminGone = await page.GotoAsync(ShopPages.Url(shop.Host, "/admin/pages"));
        Assert.Equal(404, adminGone!.Status);

        await ShopPages.SetFeatureEnabledAsync(page, shop.Host, Content, enabled: true);
        Assert.True(await page.Locator("a[href$='/admin/pages']").CountAsync() > 0, "the Pages menu item came back");
        var back = await page.GotoAsync(ShopPages.Url(shop.Host, "/pages/about"));
        Assert.Equal(200, back!.Status);
        Assert.Contains("关于我们", await page.InnerTextAsync("body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_with_a_weak_password_says_why_and_stays_on_the_setup_page()
    {
        await using var shop = await ShopSession.StartAsync(browser, output);
        var page = shop.Page;
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ShopPages.SetupThroughBrowserAsync(page, shop.Host, new ShopSetup { AdminPassword = "12345" }));
        Assert.Contains("密码", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("/setup", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(ShopSetupDefaults.SiteName, await ShopPages.Field(page, "SiteName").First.InputValueAsync());
    }

    [Fact]
    public async Task A_buyer_reads_the_Jade_storefront_on_a_phone_and_switches_to_English()
    {
        await using var shop = await ShopSession.StartAsync(browser, output, new ShopSetup());
        var page = shop.Page;
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(ShopPages.Url(shop.Host, "/"));
        Assert.Contains("关于我们", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the page fits a phone screen (scroll width {scrollWidth})");

        await page.GotoAsync(ShopPages.Url(shop.Host, "/culture?c=en-US&returnUrl=/"));
        Assert.Equal("en-US", await page.GetAttributeAsync("html", "lang"));
    }
}

/// <summary>The default values a merchant types, for assertions on kept form values.</summary>
internal static class ShopSetupDefaults
{
    public static readonly string SiteName = new ShopSetup().SiteName;
}

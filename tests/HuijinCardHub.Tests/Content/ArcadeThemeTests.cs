using System.Net;
using System.Text.RegularExpressions;
using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Content;

/// <summary>A merchant switches the site to Arcade in the admin; buyers then browse every storefront page in it.</summary>
[Collection(ArcadeCollection.Name)]
public sealed partial class ArcadeThemeTests(ArcadeShop shop)
{
    private static readonly SemaphoreSlim Switching = new(1, 1);

    /// <summary>Arcade's feature is off in the default recipe: choosing it in the admin switches it on first.</summary>
    private async Task UseArcadeAsync()
    {
        await Switching.WaitAsync();
        try
        {
            if ((await shop.CreateBrowser().GetStringAsync("/")).Contains("arcade.css", StringComparison.Ordinal))
            {
                return;
            }

            var admin = await shop.AdminAsync();
            var themes = await admin.GetStringAsync("/admin/themes");
            Assert.Contains("HuijinCardHub.Themes.Arcade", themes, StringComparison.Ordinal);
            var siteId = SiteThemeForm().Match(themes).Groups[1].Value;
            var response = await admin.SubmitAsync("/admin/themes", new Dictionary<string, string> { ["theme"] = "HuijinCardHub.Themes.Arcade" }, $"/admin/themes/sites/{siteId}/theme");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        finally
        {
            Switching.Release();
        }
    }

    [Theory]
    [InlineData("/", "点卡横幅")]
    [InlineData("/category/hot-games", "Q币 10元")]
    [InlineData("/goods/phone-50", "手机号码")]
    [InlineData("/search?q=%E8%AF%9D%E8%B4%B9", "话费直充 50元")]
    [InlineData("/announcements", "新游上线公告")]
    [InlineData("/pages/about", "关于我们")]
    public async Task Every_storefront_page_renders_in_Arcade_with_readable_Chinese(string url, string expected)
    {
        await UseArcadeAsync();
        var response = await shop.CreateBrowser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("/_content/HuijinCardHub.Themes.Arcade/arcade.css", html, StringComparison.Ordinal);
        Assert.DoesNotContain("jade.css", html, StringComparison.Ordinal);
        Assert.Contains("class=\"arcade accent-neon\"", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("置顶：双十二点卡满减", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Arcade_home_shows_categories_as_game_tiles_and_its_menu_links()
    {
        await UseArcadeAsync();
        var html = await shop.CreateBrowser().GetStringAsync("/");
        Assert.Contains("<span class=\"tile-name\">热门网游</span>", html, StringComparison.Ordinal);
        Assert.Contains("target=\"_blank\" rel=\"noopener\">官方微博</a>", html, StringComparison.Ordinal);
        Assert.Contains("游戏专区", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arcade_speaks_English_when_the_buyer_chooses_it()
    {
        await UseArcadeAsync();
        var browser = shop.CreateBrowser();
        browser.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var html = await browser.GetStringAsync("/");
        Assert.Contains("Game zones", html, StringComparison.Ordinal);
        Assert.Contains("All announcements", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_is_a_404_in_Arcade()
    {
        await UseArcadeAsync();
        var response = await shop.CreateBrowser().GetAsync("/goods/no-such-goods");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("GAME OVER", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("action=\"/admin/themes/sites/(\\d+)/theme\"")]
    private static partial Regex SiteThemeForm();
}

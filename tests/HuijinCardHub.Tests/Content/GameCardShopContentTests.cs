using HuijinCardHub.Tests.Shop;

namespace HuijinCardHub.Tests.Content;

/// <summary>The game card shop template opens in Arcade, with its announcements, banners and menu.</summary>
public sealed class GameCardShopContentTests(GameCardShopFactory shop) : IClassFixture<GameCardShopFactory>
{
    [Fact]
    public async Task The_game_card_template_uses_Arcade_with_announcements_banners_and_menu_links()
    {
        var html = await shop.CreateBrowser().GetStringAsync("/");
        Assert.Contains("arcade.css", html, StringComparison.Ordinal);
        Assert.Contains("双十二点卡狂欢", html, StringComparison.Ordinal);
        Assert.Contains("/_content/HuijinCardHub.Content/banners/game-top-up.svg", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search\">搜索商品</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/announcements\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }
}

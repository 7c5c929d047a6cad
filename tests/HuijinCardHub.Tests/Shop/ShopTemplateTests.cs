using System.Net;
using HuijinCardHub.Catalog;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.Shop;

public sealed class GameCardShopFactory() : ShopFactory("game-card-shop");

public sealed class LifeRechargeShopFactory() : ShopFactory("life-recharge-shop");

public sealed class MemberAccountShopFactory() : ShopFactory("member-account-shop");

/// <summary>A merchant opening a shop from each template gets a believable shop: categories, goods, prices, sample codes.</summary>
public sealed class ShopTemplateTests
{
    internal static async Task AssertShopAsync(ShopFactory shop, string goodsSlug, string goodsName, string price, bool hasCodes)
    {
        var browser = shop.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        var goods = await browser.GetAsync("/goods/" + goodsSlug);
        Assert.Equal(HttpStatusCode.OK, goods.StatusCode);
        var html = await goods.Content.ReadAsStringAsync();
        Assert.Contains(goodsName, html, StringComparison.Ordinal);
        Assert.Contains(price, html, StringComparison.Ordinal);

        await using var scope = await shop.ShellScopeAsync();
        var detail = await scope.ServiceProvider.GetRequiredService<ICatalogQueries>().FindGoodsBySlugAsync(goodsSlug);
        Assert.NotNull(detail);
        // The template's codes are samples: on sale while the merchant tries the shop with the sandbox channel.
        await HuijinCardHub.Tests.CardCodes.SampleShop.SandboxAsync(shop, on: true);
        await using var tryingOut = await shop.ShellScopeAsync();
        var available = await tryingOut.ServiceProvider.GetRequiredService<ICodeStock>().CountAvailableAsync(detail.Summary.Id, detail.Variants[0].Id);
        Assert.Equal(hasCodes, available > 0);
    }

    /// <summary>At least 20 goods, each with a picture the shop serves; the home page shows the hot ones with theirs.</summary>
    internal static async Task AssertPicturesAsync(ShopFactory shop)
    {
        await using var scope = await shop.ShellScopeAsync();
        var goods = await scope.ServiceProvider.GetRequiredService<ICatalogQueries>().ListGoodsAsync();
        Assert.True(goods.Count >= 20, $"{goods.Count} goods");
        var buyer = shop.CreateBrowser();
        foreach (var item in goods)
        {
            Assert.False(string.IsNullOrEmpty(item.ImageUrl), $"{item.Slug} has no picture");
            var picture = await buyer.GetAsync(item.ImageUrl);
            Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
            Assert.Equal("image/webp", picture.Content.Headers.ContentType?.MediaType);
        }

        var home = await buyer.GetStringAsync("/");
        var hot = goods.Where(g => g.Hot && g.Visible).ToList();
        Assert.True(hot.Count >= 4, $"{hot.Count} hot goods");
        Assert.Contains("id=\"hot-goods-title\"", home, StringComparison.Ordinal);
        foreach (var item in hot.Take(StorefrontHomeGoods))
        {
            Assert.Contains($"src=\"{item.ImageUrl}\" alt=\"", home, StringComparison.Ordinal);
        }
    }

    private const int StorefrontHomeGoods = 8;
}

public sealed class GameCardShopTests(GameCardShopFactory shop) : IClassFixture<GameCardShopFactory>
{
    [Fact]
    public Task The_game_card_template_gives_QQ_coins_with_codes_in_stock() =>
        ShopTemplateTests.AssertShopAsync(shop, "qq-coins", "Q币充值卡", "9.90", hasCodes: true);

    [Fact]
    public Task The_game_card_template_has_20_goods_with_pictures_and_its_home_shows_the_hot_ones() =>
        ShopTemplateTests.AssertPicturesAsync(shop);
}

public sealed class LifeRechargeShopTests(LifeRechargeShopFactory shop) : IClassFixture<LifeRechargeShopFactory>
{
    [Fact]
    public Task The_life_recharge_template_gives_direct_top_up_phone_credit() =>
        ShopTemplateTests.AssertShopAsync(shop, "mobile-credit", "全国话费直充", "29.70", hasCodes: false);

    [Fact]
    public Task The_life_recharge_template_has_20_goods_with_pictures_and_its_home_shows_the_hot_ones() =>
        ShopTemplateTests.AssertPicturesAsync(shop);
}

public sealed class MemberAccountShopTests(MemberAccountShopFactory shop) : IClassFixture<MemberAccountShopFactory>
{
    [Fact]
    public Task The_member_account_template_gives_accounts_with_codes_in_stock() =>
        ShopTemplateTests.AssertShopAsync(shop, "netflix-share", "奈飞高级会员", "25.00", hasCodes: true);

    [Fact]
    public Task The_member_account_template_has_20_goods_with_pictures_and_its_home_shows_the_hot_ones() =>
        ShopTemplateTests.AssertPicturesAsync(shop);
}

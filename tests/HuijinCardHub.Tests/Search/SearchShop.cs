using HuijinCardHub.Catalog;
using HuijinCardHub.Search;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Search;

/// <summary>The default shop with the search feature (and so the catalogue) on, and goods named as card shops name them.</summary>
public sealed class SearchShop : ShopFixture
{
    public const string Recipe = """
    {
      "name": "search-test",
      "steps": [
        {
          "name": "catalog",
          "categories": [ { "slug": "games", "name": "热门游戏" }, { "slug": "video", "name": "影音会员" } ],
          "goods": [
            { "slug": "honor-coupons-60", "name": "王者荣耀点券 60点", "category": "games", "summary": "王者荣耀官方点券，秒到账",
              "variants": [ { "name": "60点", "price": "6.00", "cost": "5.50" } ] },
            { "slug": "qq-coins-10", "name": "腾讯Q币充值 10元", "category": "games", "summary": "QQ号直充",
              "variants": [ { "name": "10元", "price": "9.90", "cost": "9.50" } ] },
            { "slug": "peace-elite-60", "name": "和平精英点券 60点", "category": "games",
              "variants": [ { "name": "60点", "price": "6.00", "cost": "5.50" } ] },
            { "slug": "king-sword-gift", "name": "王者之剑 手游礼包", "category": "games",
              "variants": [ { "name": "礼包", "price": "3.00", "cost": "1.00" } ] },
            { "slug": "netease-card-50", "name": "网易一卡通 50元", "category": "games",
              "variants": [ { "name": "50元", "price": "49.00", "cost": "47.00" } ] },
            { "slug": "iqiyi-vip-month", "name": "爱奇艺会员 月卡", "category": "video", "summary": "黄金VIP会员",
              "variants": [ { "name": "月卡", "price": "19.80", "cost": "15.00" } ] },
            { "slug": "game-card", "name": "游戏通用充值卡", "category": "games", "description": "<p>支持王者荣耀等多款游戏</p>",
              "variants": [ { "name": "标准", "price": "10.00", "cost": "9.00" } ] },
            { "slug": "secret-coupons", "name": "内部测试点券", "category": "games", "visible": false,
              "variants": [ { "name": "标准", "price": "1.00", "cost": "0.50" } ] },
            { "slug": "rename-me", "name": "旧名字卡", "category": "games",
              "variants": [ { "name": "标准", "price": "5.00", "cost": "4.00" } ] },
            { "slug": "hide-me", "name": "将下架的点卡", "category": "games",
              "variants": [ { "name": "标准", "price": "5.00", "cost": "4.00" } ] },
            { "slug": "delete-me", "name": "将删除的月票", "category": "games",
              "variants": [ { "name": "标准", "price": "5.00", "cost": "4.00" } ] }
          ]
        }
      ]
    }
    """;

    protected override IReadOnlyList<string> ShopFeatures => ["HuijinCardHub.Search"];

    protected override string ShopRecipe => Recipe;

    /// <summary>Goods slugs, best first, as the search contract returns them.</summary>
    internal async Task<List<string>> SearchAsync(string query, int take = 20)
    {
        await using var scope = await ShellScopeAsync();
        var search = scope.ServiceProvider.GetRequiredService<IGoodsSearch>();
        var catalog = scope.ServiceProvider.GetRequiredService<ICatalogQueries>();
        var slugs = new List<string>();
        foreach (var id in await search.SearchAsync(query, take))
        {
            slugs.Add((await catalog.GetGoodsAsync(id))?.Summary.Slug ?? $"missing:{id}");
        }

        return slugs;
    }
}

[CollectionDefinition(Name)]
public sealed class SearchCollection : ICollectionFixture<SearchShop>
{
    public const string Name = "search";
}

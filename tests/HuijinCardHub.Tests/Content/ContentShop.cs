using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Content;

/// <summary>
/// The default shop with the catalogue on and a recipe of announcements (showing, pinned, scheduled, expired, draft),
/// banners and menu links, so the storefront has everything a theme shows.
/// </summary>
public class ContentShop : ShopFixture
{
    public const string Recipe = """
    {
      "name": "content-test",
      "steps": [
        {
          "name": "catalog",
          "categories": [ { "slug": "hot-games", "name": "热门网游" }, { "slug": "recharge", "name": "话费充值" } ],
          "goods": [
            { "slug": "qq-coins-10", "name": "Q币 10元", "category": "hot-games", "hot": true, "summary": "腾讯Q币卡密",
              "variants": [ { "name": "10元", "price": "9.80", "cost": "8.00" } ] },
            { "slug": "phone-50", "name": "话费直充 50元", "category": "recharge", "kind": "DirectTopUp",
              "variants": [ { "name": "50元", "price": "49.50", "cost": "48.00" } ],
              "inputs": [ { "key": "phone", "label": "手机号码", "kind": "Phone" } ] }
          ]
        },
        {
          "name": "announcements",
          "announcements": [
            { "title": "置顶：双十二点卡满减", "pinned": true, "publishedFrom": "2020-01-01T00:00:00Z", "body": "<p>全场<strong>满 100 减 5</strong></p><script>alert(1)</script>" },
            { "title": "旧的置顶公告", "pinned": true, "publishedFrom": "2019-06-01T00:00:00Z" },
            { "title": "新游上线公告", "body": "<p>原神充值秒到账</p>" },
            { "title": "明年才开始的公告", "publishedFrom": "2099-01-01T00:00:00Z" },
            { "title": "已经过期的公告", "publishedUntil": "2020-01-01T00:00:00Z" },
            { "title": "草稿公告", "published": false }
          ]
        },
        {
          "name": "banners",
          "banners": [
            { "title": "点卡横幅", "image": "/_content/HuijinCardHub.Content/banners/game-top-up.svg", "link": "/category/hot-games" },
            { "title": "停用的横幅", "image": "/_content/HuijinCardHub.Content/banners/service.svg", "enabled": false }
          ]
        },
        {
          "name": "navigation",
          "navigation": [
            { "text": "官方微博", "url": "https://weibo.com/huijin", "newTab": true, "sortOrder": 90 },
            { "text": "店铺公告", "url": "/announcements", "sortOrder": 50 }
          ]
        }
      ]
    }
    """;

    protected override IReadOnlyList<string> ShopFeatures => ["HuijinCardHub.Catalog"];

    protected override string ShopRecipe => Recipe;
}

[CollectionDefinition(Name)]
public sealed class ContentCollection : ICollectionFixture<ContentShop>
{
    public const string Name = "content";
}

/// <summary>The same shop, switched to the Arcade theme through the admin by the tests that use it.</summary>
public sealed class ArcadeShop : ContentShop;

[CollectionDefinition(Name)]
public sealed class ArcadeCollection : ICollectionFixture<ArcadeShop>
{
    public const string Name = "arcade";
}

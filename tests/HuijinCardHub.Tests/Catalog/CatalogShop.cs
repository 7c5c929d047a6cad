using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Catalog;

/// <summary>The default shop with the catalogue switched on and a small sample catalogue from a "catalog" step.</summary>
public sealed class CatalogShop : ShopFixture
{
    public const string Recipe = """
    {
      "name": "catalog-test",
      "steps": [
        {
          "name": "catalog",
          "levels": [ { "name": "黄金会员", "discount": 9000, "threshold": "0" } ],
          "categories": [
            { "slug": "hot-games", "name": "热门网游", "children": [ { "slug": "tencent", "name": "腾讯专区" } ] },
            { "slug": "recharge", "name": "话费充值" }
          ],
          "goods": [
            {
              "slug": "qq-coins-10", "name": "Q币 10元", "category": "tencent", "kind": "Code", "hot": true, "summary": "腾讯Q币卡密",
              "description": "<p>自动发货</p><script>alert(1)</script>",
              "variants": [ { "name": "10元", "price": "9.80", "cost": "8.00" } ],
              "inputs": [ { "key": "qq", "label": "QQ号码", "kind": "QQ" } ],
              "wholesale": [ { "minQuantity": 10, "discount": 9500 } ]
            },
            {
              "slug": "thin-margin", "name": "薄利点卡", "category": "hot-games",
              "variants": [ { "name": "标准", "price": "10.00", "cost": "9.90" } ]
            },
            {
              "slug": "phone-topup", "name": "话费直充 50元", "category": "recharge", "kind": "DirectTopUp",
              "variants": [ { "name": "50元", "price": "49.50", "cost": "48.00" } ],
              "inputs": [
                { "key": "phone", "label": "手机号码", "kind": "Phone" },
                { "key": "account", "label": "备注账号", "kind": "Text", "required": false, "pattern": "^[a-z]{3,8}$" }
              ]
            },
            {
              "slug": "follow-cost-jiao", "name": "跟随成本到角", "category": "hot-games",
              "variants": [ { "name": "默认", "price": "1.00", "cost": "9.23" } ],
              "pricing": { "followCost": true, "markup": 500, "roundTo": "jiao" }
            },
            {
              "slug": "follow-cost-yuan", "name": "跟随成本到元", "category": "hot-games",
              "variants": [ { "name": "默认", "price": "1.00", "cost": "9.23" } ],
              "pricing": { "followCost": true, "markup": 500, "roundTo": "yuan" }
            },
            {
              "slug": "admin-edit-card", "name": "后台改价卡", "category": "hot-games",
              "variants": [ { "name": "标准", "price": "20.00", "cost": "15.00" } ]
            }
          ]
        }
      ]
    }
    """;

    protected override IReadOnlyList<string> ShopFeatures => ["HuijinCardHub.Catalog"];

    protected override string ShopRecipe => Recipe;
}

[CollectionDefinition(Name)]
public sealed class CatalogCollection : ICollectionFixture<CatalogShop>
{
    public const string Name = "catalog";
}

using HuijinCardHub.Catalog;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Recipes;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.Orders;

/// <summary>
/// A shop with catalogue, card codes, balance and orders, the sandbox `instant` channel on, and a few goods:
/// a code goods with a QQ input, a manual goods with two in stock, a goods limited to 2 per buyer per day.
/// Each test imports the codes it needs into a goods of its own. The storefront's order limits are off: every test
/// browser comes from one address, and these tests are about orders, not limits (GuardedShop keeps them).
/// </summary>
public class OrdersShop : ShopFixture
{
    protected virtual string OrderSettings => """
        { "instantTestChannel": true, "ordersPerVisitorPerMinute": 0, "ordersPerBuyerPerMinute": 0, "maxUnpaidUnitsPerVisitor": 0 }
        """;

    private string Recipe => $$"""
    {
      "name": "orders-test",
      "steps": [
        { "name": "settings", "Orders": {{OrderSettings}}, "Users": { "allowRegistration": true } },
        {
          "name": "catalog",
          "categories": [ { "slug": "cards", "name": "点卡" } ],
          "goods": [
            { "slug": "manual-account", "name": "人工发货账号", "category": "cards", "kind": "Manual",
              "variants": [ { "name": "月卡", "price": "30.00", "cost": "20.00", "stock": 2 } ] },
            { "slug": "limited-card", "name": "限购点卡", "category": "cards", "kind": "Manual", "maxPerBuyerPerDay": 2,
              "variants": [ { "name": "10元", "price": "10.00", "cost": "9.00" } ] }
          ]
        }
      ]
    }
    """;

    public static readonly string[] Features = ["HuijinCardHub.Catalog", "HuijinCardHub.CardCodes", "HuijinCardHub.Balance", "HuijinCardHub.Orders", "HuijinCardHub.Alerts"];

    protected override IReadOnlyList<string> ShopFeatures => Features;

    protected override string ShopRecipe => Recipe;

    /// <summary>A new code goods ("点卡 {tag}", one variant, a QQ input) with these codes in stock. Returns its variant.</summary>
    internal async Task<VariantInfo> CodeGoodsAsync(string tag, int codes, string price = "9.80", string cost = "5.00")
    {
        var recipe = $$"""
        { "name": "goods-{{tag}}", "steps": [
          { "name": "catalog", "goods": [ { "slug": "card-{{tag}}", "name": "点卡 {{tag}}", "category": "cards", "kind": "Code",
            "variants": [ { "name": "标准", "price": "{{price}}", "cost": "{{cost}}" } ],
            "inputs": [ { "key": "qq", "label": "QQ号码", "kind": "QQ", "required": false } ] } ] } ] }
        """;
        await WithAsync(async s => { await s.GetRequiredService<IRecipeRunner>().RunJsonAsync(recipe); return 0; });
        var goods = await GoodsAsync("card-" + tag);
        var variant = goods.Variants[0];
        if (codes > 0)
        {
            var lines = string.Join('\n', Enumerable.Range(1, codes).Select(i => $"{tag.ToUpperInvariant()}-{i:D4}----PW{i:D4}"));
            await WithAsync(s => s.GetRequiredService<ICodeStock>().ImportAsync(goods.Summary.Id, variant.Id, new StringReader(lines), new CodeBatchInfo(new Money(500))));
        }

        return variant;
    }

    internal Task<int> StockAsync(VariantInfo variant) =>
        WithAsync(s => s.GetRequiredService<ICodeStock>().CountAvailableAsync(variant.GoodsId, variant.Id));

    /// <summary>Places an order through the checkout service, as the storefront does.</summary>
    internal Task<HuijinCardHub.Orders.Domain.Order> PlaceAsync(VariantInfo variant, int quantity = 1, string? userId = null, string? contact = "buyer@example.com", string? password = "pass1234") =>
        WithAsync(s => s.GetRequiredService<Checkout>().PlaceAsync(
            new CheckoutRequest([new CheckoutLine(variant.Id, quantity, new Dictionary<string, string?>())], userId, userId, contact, password, "127.0.0.1"), default));
}

[CollectionDefinition(Name)]
public sealed class OrdersCollection : ICollectionFixture<OrdersShop>
{
    public const string Name = "Orders shop";
}

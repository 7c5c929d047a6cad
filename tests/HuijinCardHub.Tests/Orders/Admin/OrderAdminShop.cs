using System.Net;
using HuijinCardHub.Catalog;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Recipes;
using HuijinCardHub.Security;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.Orders.Admin;

/// <summary>
/// A shop of its own for the order admin (so list totals are not mixed with other tests' orders): catalogue,
/// card codes, balance and orders on; a manual goods and a direct top-up goods with buyer inputs. Code goods are
/// made per test with their own codes.
/// </summary>
public sealed class OrderAdminShop : ShopFixture
{
    public const string OperatorPassword = "Helpdesk2026pass";

    private const string Recipe = """
    {
      "name": "order-admin-test",
      "steps": [
        { "name": "settings", "Users": { "allowRegistration": true } },
        {
          "name": "catalog",
          "categories": [ { "slug": "admin-cards", "name": "后台测试" } ],
          "goods": [
            { "slug": "admin-manual", "name": "人工代充月卡", "category": "admin-cards", "kind": "Manual",
              "variants": [ { "name": "月卡", "price": "30.00", "cost": "20.00", "stock": 100 } ],
              "inputs": [ { "key": "account", "label": "游戏账号", "kind": "Text" } ] },
            { "slug": "admin-topup", "name": "话费直充 20元", "category": "admin-cards", "kind": "DirectTopUp",
              "variants": [ { "name": "20元", "price": "19.90", "cost": "19.00", "stock": 100 } ],
              "inputs": [ { "key": "phone", "label": "手机号码", "kind": "Phone" } ] }
          ]
        }
      ]
    }
    """;

    private static readonly string[] Features = ["HuijinCardHub.Catalog", "HuijinCardHub.CardCodes", "HuijinCardHub.Balance", "HuijinCardHub.Orders"];

    protected override IReadOnlyList<string> ShopFeatures => Features;

    protected override string ShopRecipe => Recipe;

    /// <summary>A new code goods ("后台点卡 {tag}") with codes "{TAG}-0001----PW0001"... in stock. Returns its variant.</summary>
    internal async Task<VariantInfo> CodeGoodsAsync(string tag, int codes)
    {
        var recipe = $$"""
        { "name": "admin-goods-{{tag}}", "steps": [
          { "name": "catalog", "goods": [ { "slug": "admin-card-{{tag}}", "name": "后台点卡 {{tag}}", "category": "admin-cards", "kind": "Code",
            "variants": [ { "name": "标准", "price": "10.00", "cost": "5.00" } ] } ] } ] }
        """;
        await WithAsync(async s => { await s.GetRequiredService<IRecipeRunner>().RunJsonAsync(recipe); return 0; });
        var goods = await GoodsAsync("admin-card-" + tag);
        var variant = goods.Variants[0];
        var lines = string.Join('\n', Enumerable.Range(1, codes).Select(i => $"{tag.ToUpperInvariant()}-{i:D4}----PW{i:D4}"));
        await WithAsync(s => s.GetRequiredService<ICodeStock>().ImportAsync(goods.Summary.Id, variant.Id, new StringReader(lines), new CodeBatchInfo(new Money(500))));
        return variant;
    }

    /// <summary>Places an order through the checkout service, as the storefront does.</summary>
    internal Task<Order> PlaceAsync(IReadOnlyList<CheckoutLine> lines, string? userId = null, string? contact = "buyer@example.com", string? password = "pass1234") =>
        WithAsync(s => s.GetRequiredService<Checkout>().PlaceAsync(new CheckoutRequest(lines, userId, userId, contact, password, "127.0.0.1"), default));

    internal Task<Order> PlaceAsync(VariantInfo variant, string? userId = null, string? contact = "buyer@example.com", string? password = "pass1234") =>
        PlaceAsync([Line(variant)], userId, contact, password);

    internal static CheckoutLine Line(VariantInfo variant, int quantity = 1, params (string Key, string Value)[] inputs) =>
        new(variant.Id, quantity, inputs.ToDictionary(i => i.Key, i => (string?)i.Value));

    /// <summary>A payment notification from the sandbox, as a gateway module would send it.</summary>
    internal Task<PaymentConfirmation> PayAsync(string orderNo) => WithAsync(async s =>
    {
        var order = await s.GetRequiredService<IOrderQueries>().GetAsync(orderNo) ?? throw new InvalidOperationException(orderNo);
        return await s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(orderNo, order.Total, "instant", "test-" + Guid.NewGuid().ToString("N"));
    });

    internal Task<OrderSummary> OrderAsync(string orderNo) =>
        WithAsync(async s => await s.GetRequiredService<IOrderQueries>().GetAsync(orderNo) ?? throw new InvalidOperationException(orderNo));

    internal Task<AfterSalesTicket> TicketAsync(long id) =>
        WithAsync(s => s.GetRequiredService<OrdersDbContext>().Tickets.AsNoTracking().FirstAsync(t => t.Id == id));

    internal Task<IReadOnlyList<DeliveredCode>> CodesAsync(string orderNo, int line = 1) =>
        WithAsync(s => s.GetRequiredService<ICodeStock>().RevealForOrderAsync(CodeHolder.For(orderNo, line)));

    /// <summary>Staff post the refund form of the admin order page.</summary>
    internal static Task<HttpResponseMessage> RefundAsync(HttpClient browser, string orderNo, string amount, string reason, long refundedBefore = 0, Guid? requestId = null) =>
        browser.SubmitAsync("/admin/orders/" + orderNo, new Dictionary<string, string>
        {
            ["Amount"] = amount,
            ["Reason"] = reason,
            ["RefundedBefore"] = refundedBefore.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RequestId"] = (requestId ?? Guid.NewGuid()).ToString(),
        }, $"/admin/orders/{orderNo}/refund");

    /// <summary>A new helpdesk member of staff in the standard Operator role (sees orders, handles tickets).</summary>
    internal async Task<HttpClient> OperatorAsync()
    {
        var name = "op" + Guid.NewGuid().ToString("N")[..8];
        await WithAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser(name) { Email = name + "@example.com", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, OperatorPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, StandardRoles.Operator)).Succeeded);
            return 0;
        });
        var browser = CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(name, OperatorPassword)).StatusCode);
        return browser;
    }
}

[CollectionDefinition(Name)]
public sealed class OrderAdminCollection : ICollectionFixture<OrderAdminShop>
{
    public const string Name = "Order admin shop";
}

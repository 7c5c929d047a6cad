using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Storefront;
using HuijinCardHub.Recipes;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Orders.Fulfilment;

/// <summary>The orders shop with a plugin's goods kind (gift vouchers) and a promotion plus two checkout checks switched on.</summary>
public sealed class FulfilmentShop : OrdersShop, IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await using var scope = await ShellScopeAsync();
        await scope.ServiceProvider.GetRequiredService<IShellFeatures>().EnableAsync(["HuijinCardHub.Tests.GiftVouchers", "HuijinCardHub.Tests.CheckoutRules"]);
    }

    /// <summary>New goods ("{name}", one variant) of a built-in kind by its recipe name. Returns its variant.</summary>
    internal async Task<VariantInfo> GoodsOfKindAsync(string slug, string name, string kind, string price, string cost, int? stock = null)
    {
        var recipe = $$"""
        { "name": "goods-{{slug}}", "steps": [
          { "name": "catalog", "goods": [ { "slug": "{{slug}}", "name": "{{name}}", "category": "cards", "kind": "{{kind}}",
            "variants": [ { "name": "标准", "price": "{{price}}", "cost": "{{cost}}"{{(stock is null ? "" : $", \"stock\": {stock}")}} } ],
            "inputs": [ { "key": "account", "label": "充值账号", "kind": "Text", "required": false } ] } ] } ] }
        """;
        await WithAsync(async s => { await s.GetRequiredService<IRecipeRunner>().RunJsonAsync(recipe); return 0; });
        return (await GoodsAsync(slug)).Variants[0];
    }

    /// <summary>What a plugin's admin does to give goods its kind: the catalogue stores a number GoodsKind does not name.</summary>
    internal Task SetCatalogueKindAsync(long goodsId, int kind) =>
        BehindTheShopsBackAsync("UPDATE \"Catalog_Goods\" SET \"Kind\" = @kind WHERE \"Id\" = @id", ("@kind", kind), ("@id", goodsId));

    /// <summary>A statement of its own, in a transaction of its own (as another node or a manual fix would write it).</summary>
    internal async Task BehindTheShopsBackAsync(string statement, params (string Name, object Value)[] values) =>
        Assert.Equal(1, await ExecuteAsync(statement, values));

    /// <returns>How many rows the statement changed.</returns>
    internal Task<int> ExecuteAsync(string statement, params (string Name, object Value)[] values) =>
        WithAsync(async s =>
        {
            await using var transaction = await s.GetRequiredService<IUnitOfWork>().BeginAsync();
            await using var command = s.GetRequiredService<ShellSql>().Command(statement);
            foreach (var (name, value) in values)
            {
                ShellSql.Add(command, name, value);
            }

            var changed = await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            return changed;
        });

    internal Task<Order> OrderAsync(string orderNo) =>
        WithAsync(s => s.GetRequiredService<OrdersDbContext>().Orders.AsNoTrackingWithLines(orderNo));

    internal Task PayAsync(Order order) =>
        WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(order.OrderNo, order.Total, "test", "TX-" + order.OrderNo));

    /// <summary>The order page as its buyer sees it (unlocked).</summary>
    internal async Task<OrderViewModel> PageAsync(string orderNo)
    {
        var order = await OrderAsync(orderNo);
        return await WithAsync(s => s.GetRequiredService<OrderPageBuilder>().BuildAsync(order, true, order.UserId, "token", null, null, default));
    }
}

[CollectionDefinition(Name)]
public sealed class FulfilmentCollection : ICollectionFixture<FulfilmentShop>
{
    public const string Name = "Fulfilment shop";
}

using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Orders;

/// <summary>
/// Checkout prices from the catalogue kept in memory, but only after checking the database's catalogue revision:
/// a change written by another node, a supplier sync or a manual SQL fix (none of which tells this node) is what
/// the very next order sees.
/// </summary>
[Collection(OrdersCollection.Name)]
public sealed class CatalogChangeTests(OrdersShop shop)
{
    [Fact]
    public async Task A_price_changed_in_the_database_behind_the_shops_back_is_what_the_next_order_costs()
    {
        var variant = await shop.CodeGoodsAsync("repriced", 3);
        var before = await shop.PlaceAsync(variant);
        Assert.Equal(new Money(980), before.Total);

        await ChangeBehindTheShopsBackAsync("UPDATE \"Catalog_Variants\" SET \"PriceFen\" = 1280 WHERE \"Id\" = @id", variant.Id);

        var after = await shop.PlaceAsync(variant);
        Assert.Equal(new Money(1280), after.Total);
        Assert.Equal(new Money(1280), (await shop.GoodsAsync("card-repriced")).Variants[0].Price);
    }

    [Fact]
    public async Task Goods_hidden_in_the_database_behind_the_shops_back_cannot_be_bought_any_more()
    {
        var variant = await shop.CodeGoodsAsync("withdrawn", 2);
        await shop.PlaceAsync(variant);

        await ChangeBehindTheShopsBackAsync("UPDATE \"Catalog_Goods\" SET \"Visible\" = @no WHERE \"Id\" = @id", variant.GoodsId);

        var refused = await Assert.ThrowsAsync<ShopException>(() => shop.PlaceAsync(variant));
        Assert.Equal(OrderErrors.GoodsUnavailable, refused.Text);
    }

    [Fact]
    public async Task A_member_level_added_in_the_database_behind_the_shops_back_prices_the_next_order()
    {
        var variant = await shop.CodeGoodsAsync("levelled", 2);
        var member = "member-" + Guid.NewGuid().ToString("N");
        Assert.Equal(new Money(980), (await shop.PlaceAsync(variant, userId: member, contact: null, password: null)).Total);

        // A level every member reaches (threshold 0) at 80%.
        await ChangeBehindTheShopsBackAsync(
            "INSERT INTO \"Catalog_MemberLevels\" (\"Name\", \"DiscountBasisPoints\", \"ThresholdFen\", \"SortOrder\") VALUES ('内部价' || @id, 8000, 0, 99)", variant.Id);
        try
        {
            Assert.Equal(new Money(784), (await shop.PlaceAsync(variant, userId: member, contact: null, password: null)).Total);
        }
        finally
        {
            await ChangeBehindTheShopsBackAsync("DELETE FROM \"Catalog_MemberLevels\" WHERE \"Name\" = '内部价' || @id", variant.Id);
        }
    }

    [Fact]
    public async Task Every_kind_of_catalogue_change_moves_the_revision_in_its_own_transaction()
    {
        var variant = await shop.CodeGoodsAsync("counted", 0);
        var start = await RevisionAsync();

        await ChangeBehindTheShopsBackAsync("UPDATE \"Catalog_Variants\" SET \"CostFen\" = 600 WHERE \"Id\" = @id", variant.Id);
        var afterVariant = await RevisionAsync();
        Assert.True(afterVariant > start);

        await ChangeBehindTheShopsBackAsync("INSERT INTO \"Catalog_WholesaleTiers\" (\"GoodsId\", \"MinQuantity\", \"DiscountBasisPoints\") VALUES (@id, 5, 9000)", variant.GoodsId);
        var afterTier = await RevisionAsync();
        Assert.True(afterTier > afterVariant);

        // A change that is rolled back leaves the revision where it was.
        await shop.WithAsync(async s =>
        {
            await using (var transaction = await s.GetRequiredService<IUnitOfWork>().BeginAsync())
            {
                await using var command = s.GetRequiredService<ShellSql>().Command("DELETE FROM \"Catalog_WholesaleTiers\" WHERE \"GoodsId\" = @id");
                ShellSql.Add(command, "@id", variant.GoodsId);
                Assert.Equal(1, await command.ExecuteNonQueryAsync());
            }

            return 0;
        });
        Assert.Equal(afterTier, await RevisionAsync());
    }

    private Task<long> RevisionAsync() => shop.WithAsync(async s =>
        Convert.ToInt64(await s.GetRequiredService<ShellSql>().ScalarAsync("SELECT \"Revision\" FROM \"Catalog_Revision\"", default), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Straight SQL on the shop's database: nothing on this node hears of it.</summary>
    private Task ChangeBehindTheShopsBackAsync(string sql, long id) => shop.WithAsync(async s =>
    {
        await using var transaction = await s.GetRequiredService<IUnitOfWork>().BeginAsync();
        await using var command = s.GetRequiredService<ShellSql>().Command(sql);
        ShellSql.Add(command, "@id", id);
        ShellSql.Add(command, "@no", false);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
        await transaction.CommitAsync();
        return 0;
    });
}

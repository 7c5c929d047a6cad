using System.Collections.Concurrent;
using System.Text;
using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.CardCodes;

/// <summary>Buyers racing for codes, delivery and release: no code is ever sold twice.</summary>
public sealed class CodeReservationTests(CardCodeShop shop) : IClassFixture<CardCodeShop>
{
    private static readonly CodeBatchInfo Batch = new(new Money(100));

    private static long NewGoodsId() => Random.Shared.NextInt64(1_000_000, long.MaxValue / 2);

    private Task ImportAsync(long goodsId, IEnumerable<string> codes) =>
        shop.WithStockAsync(stock => stock.ImportAsync(goodsId, null, new StringReader(string.Join('\n', codes)), Batch));

    [Fact]
    public async Task Fifty_buyers_race_for_ten_codes_and_exactly_ten_get_one()
    {
        var goods = NewGoodsId();
        await ImportAsync(goods, Enumerable.Range(1, 10).Select(i => $"RACE-{goods}-{i:D4}"));
        await shop.EnableAsync();

        var won = new ConcurrentBag<(string Order, IReadOnlyList<ReservedCode> Codes)>();
        var outOfStock = new ConcurrentBag<ShopException>();
        using var start = new ManualResetEventSlim(false);
        var buyers = Enumerable.Range(1, 50).Select(buyer => Task.Run(async () =>
        {
            start.Wait();
            await using var scope = await shop.ShellScopeAsync();
            var services = scope.ServiceProvider;
            var order = $"RACE-{goods}-{buyer}";
            try
            {
                await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync();
                var codes = await services.GetRequiredService<ICodeStock>().ReserveAsync(goods, null, 1, order);
                await transaction.CommitAsync();
                won.Add((order, codes));
            }
            catch (ShopException exception)
            {
                outOfStock.Add(exception);
            }
        })).ToList();
        start.Set();
        await Task.WhenAll(buyers);

        Assert.Equal(10, won.Count);
        Assert.Equal(40, outOfStock.Count);
        Assert.All(outOfStock, e => Assert.Equal(new Bilingual("库存不足", "Out of stock"), e.Text));
        var ids = won.SelectMany(w => w.Codes).Select(c => c.CodeId).ToList();
        Assert.Equal(10, ids.Count);
        Assert.Equal(10, ids.Distinct().Count());
        Assert.Equal(0, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, null)));
    }

    [Fact]
    public async Task Reserving_more_than_the_stock_takes_nothing()
    {
        var goods = NewGoodsId();
        await ImportAsync(goods, ["MORE-0001", "MORE-0002", "MORE-0003"]);
        var error = await Assert.ThrowsAsync<ShopException>(() => shop.WithStockAsync(stock => stock.ReserveAsync(goods, null, 4, "MORE-1")));
        Assert.Equal("库存不足", error.Text.Chinese);
        Assert.Equal(3, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, null)));
        await Assert.ThrowsAsync<ShopException>(() => shop.WithStockAsync(stock => stock.ReserveAsync(goods, null, 0, "MORE-2")));
        await Assert.ThrowsAsync<ShopException>(() => shop.WithStockAsync(stock => stock.ReserveAsync(goods, null, -5, "MORE-3")));
    }

    [Fact]
    public async Task Marking_sold_twice_returns_the_same_codes_and_never_new_ones()
    {
        var goods = NewGoodsId();
        await ImportAsync(goods, ["SOLD-0001", "SOLD-0002", "SOLD-0003", "SOLD-0004"]);
        var order = "SOLD-" + goods;
        var reserved = await shop.WithStockAsync(stock => stock.ReserveAsync(goods, null, 2, order));
        Assert.Equal(2, reserved.Count);
        Assert.All(reserved, r => Assert.DoesNotContain("SOLD-000", r.MaskedPreview, StringComparison.Ordinal));

        var first = await shop.WithStockAsync(stock => stock.MarkSoldAsync(order));
        var second = await shop.WithStockAsync(stock => stock.MarkSoldAsync(order));
        Assert.Equal(["SOLD-0001", "SOLD-0002"], first.Select(c => c.Text));
        Assert.Equal(first, second);
        Assert.Equal(reserved.Select(r => r.CodeId), first.Select(c => c.CodeId));
        Assert.Equal(first, await shop.WithStockAsync(stock => stock.RevealForOrderAsync(order)));
        Assert.Equal(2, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, null)));

        // Sold codes do not go back to stock on release, nor can they be voided.
        Assert.Equal(0, await shop.WithStockAsync(stock => stock.ReleaseAsync(order)));
        Assert.Equal(0, await shop.WithStockAsync(stock => stock.VoidAsync(first.Select(c => c.CodeId))));
        Assert.DoesNotContain("SOLD-0001", first[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_gives_reserved_codes_back_and_void_takes_unsold_codes_out()
    {
        var goods = NewGoodsId();
        await ImportAsync(goods, ["REL-0001", "REL-0002", "REL-0003"]);
        var order = "REL-" + goods;
        var reserved = await shop.WithStockAsync(stock => stock.ReserveAsync(goods, null, 3, order));
        Assert.Equal(0, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, null)));
        Assert.Empty(await shop.WithStockAsync(stock => stock.RevealForOrderAsync(order)));

        Assert.Equal(3, await shop.WithStockAsync(stock => stock.ReleaseAsync(order)));
        Assert.Equal(3, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, null)));
        Assert.Empty(await shop.WithStockAsync(stock => stock.MarkSoldAsync(order)));

        Assert.Equal(1, await shop.WithStockAsync(stock => stock.VoidAsync([reserved[0].CodeId])));
        Assert.Equal(2, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, null)));
        var again = await shop.WithStockAsync(stock => stock.ReserveAsync(goods, null, 2, order + "-2"));
        Assert.DoesNotContain(reserved[0].CodeId, again.Select(c => c.CodeId));
    }

    [Fact]
    public async Task Variants_keep_their_own_stock()
    {
        var goods = NewGoodsId();
        await shop.WithStockAsync(stock => stock.ImportAsync(goods, 7, new StringReader("VAR-0001\nVAR-0002"), Batch));
        Assert.Equal(2, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, 7)));
        Assert.Equal(0, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, 8)));
        Assert.Equal(0, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, null)));
        await Assert.ThrowsAsync<ShopException>(() => shop.WithStockAsync(stock => stock.ReserveAsync(goods, 8, 1, "VAR-" + goods)));
        Assert.Single(await shop.WithStockAsync(stock => stock.ReserveAsync(goods, 7, 1, "VAR-" + goods)));
    }

    [Fact]
    public async Task Codes_are_encrypted_at_rest()
    {
        var goods = NewGoodsId();
        const string Secret = "PLAINTEXTSECRET-9F3K7Q";
        await ImportAsync(goods, [Secret + "----PASSWORD-77Z1"]);

        var raw = await shop.WithStockAsync(async (_, services) =>
        {
            var database = services.GetRequiredService<IShellDatabase>();
            await database.Connection.OpenAsync();
            await using var command = database.Connection.CreateCommand();
            command.CommandText = "SELECT * FROM \"CardCodes_Codes\" WHERE \"GoodsId\" = @g";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@g";
            parameter.Value = goods;
            command.Parameters.Add(parameter);
            var cells = new StringBuilder();
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    cells.Append(value is byte[] bytes ? Encoding.UTF8.GetString(bytes) + Encoding.Latin1.GetString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }
            }

            Assert.Equal(1, rows);
            return cells.ToString();
        });
        Assert.DoesNotContain(Secret, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("PASSWORD-77Z1", raw, StringComparison.Ordinal);
        Assert.Contains("PLAI****3K7Q", raw, StringComparison.Ordinal);
    }
}

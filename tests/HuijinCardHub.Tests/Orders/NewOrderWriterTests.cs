using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Orders;

/// <summary>
/// Checkout writes a new order with hand-written statements: what it writes must read back through the orders
/// module's model exactly, and a number already taken must give way to the next draw.
/// </summary>
[Collection(OrdersCollection.Name)]
public sealed class NewOrderWriterTests(OrdersShop shop)
{
    private static string Number() => "2026112512" + Random.Shared.NextInt64(0, 10_000_000_000).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    private static Order Sample(DateTime now) => new()
    {
        UserId = "member-writer",
        UserName = "写入测试",
        ContactKind = ContactKind.QQ,
        Contact = "12345678",
        QueryPasswordHash = "hash",
        Status = OrderStatus.PendingPayment,
        TotalFen = 2 * 980 + 3000,
        CreatedUtc = now,
        ExpiresUtc = now.AddMinutes(15),
        UpdatedUtc = now,
        ClientIp = "127.0.0.1",
        Lines =
        [
            new OrderLine { GoodsId = 1, VariantId = 2, GoodsName = "点卡", VariantName = "10元", Kind = GoodsKind.Code, Quantity = 2, UnitPriceFen = 980, CostFen = 500, InputsJson = """{"qq":"12345678"}""" },
            new OrderLine { GoodsId = 3, VariantId = 4, GoodsName = "月卡", VariantName = "30天", Kind = GoodsKind.Manual, Quantity = 1, UnitPriceFen = 3000, CostFen = 2000, InputsJson = "{}", DeliveryNote = null },
        ],
    };

    private Task<Order> WriteAsync(Order order, params string[] numbers) => shop.WithAsync(async s =>
    {
        await using var transaction = await s.GetRequiredService<IUnitOfWork>().BeginAsync();
        await s.GetRequiredService<NewOrderWriter>().InsertAsync(order, numbers, default);
        await transaction.CommitAsync();
        return order;
    });

    private Task<Order?> ReadAsync(string orderNo) => shop.WithAsync(s =>
        s.GetRequiredService<OrdersDbContext>().Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.OrderNo == orderNo));

    [Fact]
    public async Task An_order_written_by_hand_reads_back_field_by_field()
    {
        // Whole seconds plus a fraction: the stored text and timestamp keep it to the microsecond.
        var now = new DateTime(2026, 11, 25, 8, 30, 15, DateTimeKind.Utc).AddTicks(1_234_560);
        var written = await WriteAsync(Sample(now), Number());

        var read = await ReadAsync(written.OrderNo);
        Assert.NotNull(read);
        Assert.Equal(written.Id, read.Id);
        Assert.Equal(("member-writer", "写入测试", ContactKind.QQ, "12345678", "hash"), (read.UserId, read.UserName, read.ContactKind, read.Contact, read.QueryPasswordHash));
        Assert.Equal((OrderStatus.PendingPayment, 4960L, 0L, (string?)null, (string?)null), (read.Status, read.TotalFen, read.RefundedFen, read.PaymentChannel, read.TransactionId));
        Assert.Equal((now.Ticks, now.AddMinutes(15).Ticks, now.Ticks), (read.CreatedUtc.Ticks, read.ExpiresUtc.Ticks, read.UpdatedUtc.Ticks));
        Assert.Equal(((DateTime?)null, (DateTime?)null), (read.PaidUtc, read.DeliveredUtc));
        Assert.Equal("127.0.0.1", read.ClientIp);

        var lines = read.Lines.OrderBy(l => l.Id).ToList();
        Assert.Equal(written.Lines.Select(l => l.Id), lines.Select(l => l.Id));
        Assert.All(lines, l => Assert.Equal(read.Id, l.OrderId));
        Assert.Equal((1L, 2L, "点卡", "10元", GoodsKind.Code, 2, 980L, 500L, """{"qq":"12345678"}""", (string?)null, false),
            (lines[0].GoodsId, lines[0].VariantId, lines[0].GoodsName, lines[0].VariantName, lines[0].Kind, lines[0].Quantity, lines[0].UnitPriceFen, lines[0].CostFen, lines[0].InputsJson, lines[0].DeliveryNote, lines[0].Fulfilled));
        Assert.Equal((GoodsKind.Manual, 3000L), (lines[1].Kind, lines[1].UnitPriceFen));
    }

    [Fact]
    public async Task A_number_already_taken_gives_way_to_the_next_draw()
    {
        var taken = Number();
        await WriteAsync(Sample(DateTime.UtcNow), taken);

        var fresh = Number();
        var second = await WriteAsync(Sample(DateTime.UtcNow), taken, fresh);

        Assert.Equal(fresh, second.OrderNo);
        Assert.NotNull(await ReadAsync(fresh));
        Assert.Equal(1, await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Orders.CountAsync(o => o.OrderNo == taken)));
    }

    [Fact]
    public async Task When_every_draw_is_taken_the_buyer_is_asked_to_try_again_and_nothing_is_written()
    {
        var taken = Number();
        await WriteAsync(Sample(DateTime.UtcNow), taken);
        var before = await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Lines.CountAsync());

        var refused = await Assert.ThrowsAsync<ShopException>(() => WriteAsync(Sample(DateTime.UtcNow), Enumerable.Repeat(taken, NewOrderWriter.Draws + 1).ToArray()));

        Assert.Contains("订单号", refused.Text.Chinese, StringComparison.Ordinal);
        Assert.Equal(before, await shop.WithAsync(s => s.GetRequiredService<OrdersDbContext>().Lines.CountAsync()));
    }
}

using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Tests.Orders;

/// <summary>One host can serve a shop on SQLite and another on PostgreSQL; the compiled checkout reads serve both.</summary>
public sealed class OrderReadsTests
{
    [Fact]
    public async Task The_checkout_reads_answer_for_a_SQLite_shop_and_a_PostgreSQL_shop_in_one_process()
    {
        await using var sqlite = new SqliteConnection("Data Source=:memory:");
        await sqlite.OpenAsync();
        await CheckReadsAsync(new DbContextOptionsBuilder<OrdersDbContext>().UseSqlite(sqlite).Options);

        // The second model only exists when the suite runs against PostgreSQL too (test.sh runs it both ways).
        if (TestDatabase.PostgresBase is null)
        {
            return;
        }

        var postgres = TestDatabase.Create();
        try
        {
            await CheckReadsAsync(new DbContextOptionsBuilder<OrdersDbContext>().UseNpgsql(postgres.ConnectionString).Options);
        }
        finally
        {
            postgres.Drop();
        }
    }

    private static async Task CheckReadsAsync(DbContextOptions<OrdersDbContext> options)
    {
        await using var db = new OrdersDbContext(options);
        await db.Database.EnsureCreatedAsync();
        var now = DateTime.UtcNow;
        db.Orders.Add(new Order
        {
            OrderNo = "20261125120000123456",
            UserId = "member-1",
            Status = OrderStatus.Paid,
            TotalFen = 980,
            CreatedUtc = now,
            ExpiresUtc = now.AddMinutes(15),
            UpdatedUtc = now,
            Lines = [new OrderLine { GoodsName = "点卡", VariantName = "10元", Quantity = 1, UnitPriceFen = 980, InputsJson = "{}" }],
        });
        await db.SaveChangesAsync();

        Assert.Equal(980, await OrderReads.LifetimeSpendFenAsync(db, "member-1", default));
        Assert.Equal(0, await OrderReads.LifetimeSpendFenAsync(db, "member-2", default) ?? 0);
        Assert.Single((await OrderReads.WithLinesByNumberAsync(db, "20261125120000123456", default))!.Lines);
    }
}

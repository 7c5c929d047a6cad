using HuijinCardHub.Data;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;

namespace HuijinCardHub.Orders.Services;

/// <summary>Writes entries of an order's timeline.</summary>
internal sealed class OrderTimeline(OrdersDbContext db, ShellSql sql, IClock clock)
{
    private const string Insert = $"""
        INSERT INTO {OrderTables.Events} ("OrderId", "FromStatus", "ToStatus", "TextZh", "TextEn", "Actor", "CreatedUtc")
        VALUES (@order, @from, @to, @zh, @en, @actor, @now)
        """;

    /// <summary>An entry saved with the caller's next SaveChanges, next to the other changes it made.</summary>
    public void Note(long orderId, Bilingual text, string actor, OrderStatus? from = null, OrderStatus? to = null) =>
        db.Events.Add(new OrderEvent
        {
            OrderId = orderId,
            FromStatus = from,
            ToStatus = to,
            TextZh = text.Chinese,
            TextEn = text.English,
            Actor = actor,
            CreatedUtc = clock.UtcNow,
        });

    /// <summary>An entry written now, in the caller's transaction (one statement: state changes on the order path).</summary>
    public async Task WriteAsync(long orderId, Bilingual text, string actor, OrderStatus? from, OrderStatus? to, CancellationToken cancellationToken)
    {
        await using var insert = sql.Command(Insert);
        ShellSql.Add(insert, "@order", orderId);
        ShellSql.Add(insert, "@from", from is { } f ? (int)f : null, System.Data.DbType.Int32);
        ShellSql.Add(insert, "@to", to is { } t ? (int)t : null, System.Data.DbType.Int32);
        ShellSql.Add(insert, "@zh", text.Chinese);
        ShellSql.Add(insert, "@en", text.English);
        ShellSql.Add(insert, "@actor", actor);
        ShellSql.Add(insert, "@now", clock.UtcNow);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}

using System.Data;
using System.Data.Common;
using HuijinCardHub.Catalog;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HuijinCardHub.Bench.Checkout;

/// <summary>
/// The baseline: the row changes of one order (place with reservation; pay and deliver) as hand-written SQL on one
/// connection, in the shop's two transactions, prepared nothing special, no ORM. What the shop's services cost on
/// top is the difference.
/// </summary>
internal sealed class RawBuyer(string connectionString, bool postgres, VariantInfo variant, int worker) : IBuyer
{
    private readonly DbConnection connection = postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
    private int bought;

    public async Task BuyAsync(CancellationToken cancellationToken)
    {
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        var now = DateTime.UtcNow;
        var orderNo = $"R{worker:D2}{++bought:D12}{Random.Shared.Next(100_000):D5}";
        var holder = orderNo + "#1";
        long orderId;
        await using (var place = await connection.BeginTransactionAsync(cancellationToken))
        {
            orderId = (long)(await ScalarAsync(place, RawSql.InsertOrder, ("@no", orderNo), ("@user", "raw-" + orderNo), ("@total", 980L), ("@now", now), ("@expires", now.AddMinutes(15))))!;
            await ExecuteAsync(place, RawSql.InsertLine, ("@order", orderId), ("@goods", variant.GoodsId), ("@variant", variant.Id), ("@price", 980L));
            var reserved = 0;
            await using (var reserve = Command(place, postgres ? RawSql.ReservePostgres : RawSql.ReserveSqlite, ("@order", holder), ("@now", now), ("@goods", variant.GoodsId), ("@variant", variant.Id), ("@quantity", 1)))
            await using (var rows = await reserve.ExecuteReaderAsync(cancellationToken))
            {
                while (await rows.ReadAsync(cancellationToken))
                {
                    reserved++;
                }
            }

            if (reserved != 1)
            {
                throw new InvalidOperationException("The baseline ran out of codes.");
            }

            await ExecuteAsync(place, RawSql.InsertEvent, ("@order", orderId), ("@from", DBNull.Value), ("@to", 0), ("@now", now));
            await place.CommitAsync(cancellationToken);
        }

        await using (var pay = await connection.BeginTransactionAsync(cancellationToken))
        {
            await ExecuteAsync(pay, RawSql.MovePaid, ("@id", orderId), ("@now", now), ("@tx", "B" + orderNo));
            await ExecuteAsync(pay, RawSql.InsertEvent, ("@order", orderId), ("@from", 0), ("@to", 1), ("@now", now));
            await ExecuteAsync(pay, RawSql.Move, ("@id", orderId), ("@from", 1), ("@to", 2), ("@now", now));
            await ExecuteAsync(pay, RawSql.InsertEvent, ("@order", orderId), ("@from", 1), ("@to", 2), ("@now", now));
            await ExecuteAsync(pay, RawSql.Sell, ("@holder", holder), ("@now", now));
            if (Convert.ToInt64(await ScalarAsync(pay, RawSql.CountSold, ("@holder", holder)), System.Globalization.CultureInfo.InvariantCulture) != 1)
            {
                throw new InvalidOperationException("The baseline sold no code.");
            }

            await ExecuteAsync(pay, RawSql.Fulfil, ("@order", orderId), ("@yes", true));
            await ExecuteAsync(pay, RawSql.MoveDelivered, ("@id", orderId), ("@now", now));
            await ExecuteAsync(pay, RawSql.InsertEvent, ("@order", orderId), ("@from", 2), ("@to", 3), ("@now", now));
            await pay.CommitAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private DbCommand Command(DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private async Task ExecuteAsync(DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(transaction, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(transaction, sql, parameters);
        return await command.ExecuteScalarAsync();
    }
}

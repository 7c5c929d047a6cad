using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HuijinCardHub.Bench.Checkout;

/// <summary>After a run: order lines holding more than the one code they bought (must be 0 on both sides).</summary>
internal static class SoldTwice
{
    public static async Task<long> CountAsync(string connectionString, bool postgres, long goodsId)
    {
        await using DbConnection connection = postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*) FROM (SELECT "OrderId" FROM "CardCodes_Codes" WHERE "GoodsId" = @goods AND "Status" = 2 GROUP BY "OrderId" HAVING COUNT(*) > 1) AS doubled
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@goods";
        parameter.Value = goodsId;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

using HuijinCardHub.Data;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Security;

/// <summary>How many rows each table of the shop holds: "nothing changed" for a refused request, whatever module it hit.</summary>
internal static class TableCounts
{
    // Rows the shop writes by itself while a test runs (job leases and runs, the outbox's own bookkeeping).
    private static readonly string[] Background = ["Kernel_Outbox", "Kernel_Job", "Kernel_Lease", "__"];

    public static async Task<IReadOnlyDictionary<string, long>> ReadAsync(Fixtures.ShopFactory shop)
    {
        await using var scope = await shop.ShellScopeAsync();
        var database = scope.ServiceProvider.GetRequiredService<IShellDatabase>();
        var connection = database.Connection;
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = database.Provider == DatabaseProvider.Postgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !Background.Any(b => t.StartsWith(b, StringComparison.OrdinalIgnoreCase))))
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    public static void AssertSame(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after, string what)
    {
        var changed = before.Keys.Union(after.Keys)
            .Where(t => before.GetValueOrDefault(t, -1) != after.GetValueOrDefault(t, -1))
            .Select(t => $"{t}: {before.GetValueOrDefault(t, -1)} -> {after.GetValueOrDefault(t, -1)}")
            .ToList();
        Assert.True(changed.Count == 0, $"{what} changed rows: {string.Join(", ", changed)}");
    }
}

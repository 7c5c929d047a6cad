using System.Collections.Concurrent;
using System.Data;
using Microsoft.Data.Sqlite;

namespace HuijinCardHub.Data;

/// <summary>
/// Makes SQLite fit a shop with concurrent buyers. On every open: SQLite's own busy handler waits for the write
/// lock in steps of milliseconds (the ADO.NET provider's retry sleeps 150 ms at a time, which made a busy shop
/// crawl). Once per database file: write-ahead logging, so readers never block the writer nor the writer them;
/// commits stay fully synchronous (a confirmed payment survives a power cut).
/// </summary>
internal static class SqliteTuning
{
    public const int BusyTimeoutMilliseconds = 30_000;

    private static readonly ConcurrentDictionary<string, bool> WalFiles = new(StringComparer.Ordinal);

    public static SqliteConnection Attach(SqliteConnection connection)
    {
        connection.StateChange += OnStateChange;
        return connection;
    }

    private static void OnStateChange(object? sender, StateChangeEventArgs change)
    {
        if (change.CurrentState != ConnectionState.Open || sender is not SqliteConnection connection)
        {
            return;
        }

        using (var busy = connection.CreateCommand())
        {
            busy.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
            busy.ExecuteNonQuery();
        }

        var file = connection.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || WalFiles.ContainsKey(file))
        {
            return;
        }

        try
        {
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteScalar();
            WalFiles[file] = true;
        }
        catch (SqliteException)
        {
            // Another connection holds the file right now; the next open tries again.
        }
    }
}

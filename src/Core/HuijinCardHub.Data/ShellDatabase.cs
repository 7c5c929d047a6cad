using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HuijinCardHub.Data;

/// <summary>The scope's one connection, shared by every module context created in the scope.</summary>
public sealed class ShellDatabase(ShellDatabaseOptions options) : IShellDatabase, IAsyncDisposable, IDisposable
{
    private DbConnection? _connection;

    public DatabaseProvider Provider => options.Provider;

    public string ConnectionString => options.ConnectionString;

    /// <summary>
    /// Created on first use. A SQLite connection is opened at once and stays open for the scope: EF would otherwise
    /// open and close it around every query, and each open runs the busy-timeout pragma (a local file, so holding
    /// it costs nothing). A PostgreSQL connection is opened by EF per operation and kept open by a unit of work,
    /// so the pool's connections go back between queries.
    /// </summary>
    public DbConnection Connection => _connection ??= OpenIfLocal(CreateConnection(options));

    private static DbConnection OpenIfLocal(DbConnection connection)
    {
        if (connection is SqliteConnection)
        {
            connection.Open();
        }

        return connection;
    }

    public static DbConnection CreateConnection(ShellDatabaseOptions options) => options.Provider switch
    {
        DatabaseProvider.Sqlite => SqliteTuning.Attach(new SqliteConnection(WithSqliteDefaults(options.ConnectionString))),
        _ => new NpgsqlConnection(options.ConnectionString),
    };

    /// <summary>Writers from other connections wait (up to 30 s) instead of failing busy; foreign keys are enforced.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> SqliteDefaults = new(StringComparer.Ordinal);

    private static string WithSqliteDefaults(string connectionString) => SqliteDefaults.GetOrAdd(connectionString, AddSqliteDefaults);

    private static string AddSqliteDefaults(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true };
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }

    public void Dispose()
    {
        if (_connection is { State: not ConnectionState.Closed })
        {
            _connection.Close();
        }

        _connection?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

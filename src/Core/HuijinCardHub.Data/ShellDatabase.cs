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

    public DbConnection Connection => _connection ??= Open();

    public static DbConnection CreateConnection(ShellDatabaseOptions options) => options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(options.ConnectionString),
        _ => new NpgsqlConnection(options.ConnectionString),
    };

    private DbConnection Open()
    {
        var connection = CreateConnection(options);
        connection.Open();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            using var pragma = connection.CreateCommand();
            // Writers from other scopes wait instead of failing with SQLITE_BUSY.
            pragma.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";
            pragma.ExecuteNonQuery();
        }

        return connection;
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

using Npgsql;

namespace HuijinCardHub.Bench;

/// <summary>A fresh database on the given PostgreSQL server for one bench shop, dropped afterwards.</summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string serverConnection;
    private readonly string name = "huijin_bench_" + Guid.NewGuid().ToString("N")[..12];

    private PostgresDatabase(string serverConnection)
    {
        this.serverConnection = serverConnection;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnection) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync(string serverConnection, CancellationToken cancellationToken)
    {
        var database = new PostgresDatabase(serverConnection);
        await database.ExecuteAsync($"CREATE DATABASE \"{database.name}\"", cancellationToken);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(serverConnection);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

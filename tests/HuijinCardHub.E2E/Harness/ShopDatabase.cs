using Npgsql;

namespace HuijinCardHub.E2E.Harness;

/// <summary>
/// The database a test shop runs on: SQLite under the shop's App_Data by default, or, when
/// HUIJIN_TEST_POSTGRES is set (test.sh sets it), a fresh PostgreSQL database dropped afterwards.
/// </summary>
internal sealed class ShopDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "HUIJIN_TEST_POSTGRES";

    private readonly string? serverConnectionString;

    private ShopDatabase(string provider, string? connectionString, string? serverConnectionString, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.serverConnectionString = serverConnectionString;
        Name = name;
    }

    /// <summary>"Sqlite" or "Postgres", as the setup form and Setup__DatabaseProvider take it.</summary>
    public string Provider { get; }

    /// <summary>Null for SQLite: the shop picks its own file.</summary>
    public string? ConnectionString { get; }

    public string? Name { get; }

    public bool IsPostgres => Provider == "Postgres";

    public static async Task<ShopDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            return new ShopDatabase("Sqlite", null, null, null);
        }

        var name = $"huijin_e2e_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            // The name is ours (a guid), never input: safe to put in the statement.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new ShopDatabase("Postgres", builder.ConnectionString, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (serverConnectionString is null || Name is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

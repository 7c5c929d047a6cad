using HuijinCardHub.Data;
using Npgsql;

namespace HuijinCardHub.Tests.Fixtures;

/// <summary>
/// SQLite (a temp file, made by the shop itself) unless HUIJIN_TEST_POSTGRES holds a connection string;
/// then a fresh PostgreSQL database per shop, dropped afterwards.
/// </summary>
internal sealed class TestDatabase
{
    public static string? PostgresBase => Environment.GetEnvironmentVariable("HUIJIN_TEST_POSTGRES") is { Length: > 0 } cs ? cs : null;

    public DatabaseProvider Provider { get; private init; }

    public string? ConnectionString { get; private init; }

    private string? _databaseName;

    public static TestDatabase Create()
    {
        if (PostgresBase is not { } baseConnection)
        {
            return new TestDatabase { Provider = DatabaseProvider.Sqlite };
        }

        var name = "huijin_t_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(baseConnection))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(baseConnection) { Database = name };
        return new TestDatabase { Provider = DatabaseProvider.Postgres, ConnectionString = builder.ConnectionString, _databaseName = name };
    }

    public void Drop()
    {
        if (_databaseName is null || PostgresBase is not { } baseConnection)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(baseConnection);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}

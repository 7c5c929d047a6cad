using System.Data;
using System.Data.Common;

namespace HuijinCardHub.Data;

/// <summary>
/// Hand-written statements on the scope's shared connection and transaction, for what EF cannot say in one
/// statement (UPDATE ... RETURNING, multi-row INSERT ... ON CONFLICT) and for the few statements every order runs
/// while SQLite's writer waits (EF's translation costs more than the statement). Values always go in as parameters.
/// Call <see cref="Command"/> inside <see cref="IUnitOfWork.BeginAsync"/>, which opens the connection; <see cref="ScalarAsync"/> works anywhere.
/// </summary>
public sealed class ShellSql(IShellDatabase database, IUnitOfWork unitOfWork)
{
    public bool IsPostgres => database.Provider == DatabaseProvider.Postgres;

    public bool IsOpen => database.Connection.State == ConnectionState.Open;

    public DbCommand Command(string sql)
    {
        var command = database.Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = unitOfWork.Current;
        return command;
    }

    /// <summary>
    /// One value, inside or outside a unit of work. Outside one, a closed PostgreSQL connection is opened for the
    /// statement and given back to the pool after it, as EF does for a query.
    /// </summary>
    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        var connection = database.Connection;
        var opened = connection.State == ConnectionState.Closed;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = Command(sql);
            return await command.ExecuteScalarAsync(cancellationToken);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    public static void Add(DbCommand command, string name, object? value, DbType? type = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (type is { } dbType)
        {
            parameter.DbType = dbType;
        }

        command.Parameters.Add(parameter);
    }
}

using System.Data.Common;

namespace HuijinCardHub.Data;

/// <summary>
/// The shell's database for the current scope. Every module's context in one request uses this one
/// connection, so a use case that spans modules can share one transaction.
/// </summary>
public interface IShellDatabase
{
    DatabaseProvider Provider { get; }

    string ConnectionString { get; }

    /// <summary>The scope's shared connection, opened on first use.</summary>
    DbConnection Connection { get; }
}

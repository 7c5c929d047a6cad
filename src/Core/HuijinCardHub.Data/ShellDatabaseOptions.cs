namespace HuijinCardHub.Data;

/// <summary>Where a shell keeps its data. Every tenant has its own database (an SQLite file or a PostgreSQL database).</summary>
public sealed record ShellDatabaseOptions(DatabaseProvider Provider, string ConnectionString);

namespace HuijinCardHub.Catalog.Data;

/// <summary>The catalogue's revision counter: its table, the triggers that move it and the statement that reads it.</summary>
internal static class CatalogRevisionSql
{
    public const string Table = "Catalog_Revision";

    public const string Read = $"SELECT \"Revision\" FROM \"{Table}\" WHERE \"Id\" = 1";

    private const string Bump = $"UPDATE \"{Table}\" SET \"Revision\" = \"Revision\" + 1 WHERE \"Id\" = 1";

    /// <summary>Everything a price, a goods page or an order's checks read. The price log is history, not catalogue.</summary>
    public static readonly IReadOnlyList<string> WatchedTables =
        ["Catalog_Categories", "Catalog_Goods", "Catalog_Variants", "Catalog_InputFields", "Catalog_MemberLevels", "Catalog_WholesaleTiers"];

    public const string PostgresFunction =
        $"CREATE FUNCTION \"Catalog_BumpRevision\"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {Bump}; RETURN NULL; END $$";

    /// <summary>SQLite has only row triggers: one per kind of change.</summary>
    public static IEnumerable<string> SqliteTriggers(string table) =>
        new[] { "INSERT", "UPDATE", "DELETE" }.Select(change =>
            $"CREATE TRIGGER \"{table}_Revision_{change}\" AFTER {change} ON \"{table}\" BEGIN {Bump}; END");

    /// <summary>One statement trigger per table: a bulk change moves the counter once.</summary>
    public static IEnumerable<string> PostgresTriggers(string table) =>
    [
        $"CREATE TRIGGER \"{table}_Revision\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"{table}\" FOR EACH STATEMENT EXECUTE FUNCTION \"Catalog_BumpRevision\"()",
    ];
}

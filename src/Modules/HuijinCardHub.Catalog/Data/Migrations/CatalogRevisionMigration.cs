using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Catalog.Data.Migrations;

/// <summary>
/// One counter that moves with every change to the catalogue, kept by the database itself (triggers), so that
/// whatever writes a goods, a price or a level (the editor, a recipe, a supplier sync, another node, a manual SQL
/// fix) moves it in the same transaction. Orders compare it with their cached catalogue before they trust a price.
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261125100001_CatalogRevision")]
internal sealed class CatalogRevisionMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(CatalogRevisionSql.Table, t => new
        {
            Id = t.Column<long>(nullable: false),
            Revision = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_" + CatalogRevisionSql.Table, x => x.Id));
        migrationBuilder.Sql($"INSERT INTO \"{CatalogRevisionSql.Table}\" (\"Id\", \"Revision\") VALUES (1, 1)");
        var postgres = migrationBuilder.IsNpgsql();
        if (postgres)
        {
            migrationBuilder.Sql(CatalogRevisionSql.PostgresFunction);
        }

        foreach (var table in CatalogRevisionSql.WatchedTables)
        {
            foreach (var statement in postgres ? CatalogRevisionSql.PostgresTriggers(table) : CatalogRevisionSql.SqliteTriggers(table))
            {
                migrationBuilder.Sql(statement);
            }
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace HuijinCardHub.Data.Migrations;

/// <summary>
/// Column helpers for migrations written once for SQLite and PostgreSQL: types come from the CLR type,
/// and an identity carries both providers' annotations (each provider ignores the other's).
/// </summary>
public static class MigrationColumns
{
    public static OperationBuilder<AddColumnOperation> Identity(this ColumnsBuilder table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.CardCodes.Data.Migrations;

/// <summary>
/// Sample codes: those a shop template imported. A live shop never reserves them. Written once for SQLite and
/// PostgreSQL (the column type comes from the CLR type); every code stored before was a real one.
/// </summary>
[DbContext(typeof(CardCodesDbContext))]
[Migration("20261202130001_CardCodesSampleCodes")]
internal sealed class CardCodesSampleCodesMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<bool>("IsSample", "CardCodes_Codes", nullable: false, defaultValue: false);
}

using HuijinCardHub.Balance.Domain;
using HuijinCardHub.Data.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Balance.Data.Migrations;

/// <summary>Written once for SQLite and PostgreSQL: column types come from the CLR types.</summary>
[DbContext(typeof(BalanceDbContext))]
[Migration("20261124500001_BalanceInitial")]
internal sealed class BalanceInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Balance_Accounts", t => new
        {
            UserId = t.Column<string>(nullable: false),
            BalanceFen = t.Column<long>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Balance_Accounts", x => x.UserId));

        migrationBuilder.CreateTable("Balance_Movements", t => new
        {
            Id = t.Identity(),
            Sequence = t.Column<long>(nullable: false),
            UserId = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            AmountFen = t.Column<long>(nullable: false),
            BalanceAfterFen = t.Column<long>(nullable: false),
            Reason = t.Column<string>(nullable: false),
            Reference = t.Column<string>(nullable: false),
            Actor = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            PreviousHash = t.Column<string>(nullable: false),
            Hash = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Balance_Movements", x => x.Id));
        migrationBuilder.CreateIndex("IX_Balance_Movements_Sequence", "Balance_Movements", "Sequence", unique: true);
        // The idempotency key: one movement per (member, kind, reference).
        migrationBuilder.CreateIndex("IX_Balance_Movements_UserId_Kind_Reference", "Balance_Movements", ["UserId", "Kind", "Reference"], unique: true);

        migrationBuilder.CreateTable("Balance_ChainHead", t => new
        {
            Id = t.Column<int>(nullable: false),
            Sequence = t.Column<long>(nullable: false),
            LastHash = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Balance_ChainHead", x => x.Id));
        // Plain SQL: without a model snapshot InsertData cannot tell the column types.
        migrationBuilder.Sql($"INSERT INTO \"Balance_ChainHead\" (\"Id\", \"Sequence\", \"LastHash\") VALUES ({ChainHead.TheId}, 0, '{ChainHead.Genesis}')");

        migrationBuilder.CreateTable("Balance_Members", t => new
        {
            UserId = t.Column<string>(nullable: false),
            UserName = t.Column<string>(nullable: false),
            NormalizedUserName = t.Column<string>(nullable: false),
            SeenUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Balance_Members", x => x.UserId));
        migrationBuilder.CreateIndex("IX_Balance_Members_NormalizedUserName", "Balance_Members", "NormalizedUserName");
    }
}

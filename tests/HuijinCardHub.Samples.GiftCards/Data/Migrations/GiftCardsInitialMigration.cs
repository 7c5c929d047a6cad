using HuijinCardHub.Data.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Samples.GiftCards.Data.Migrations;

/// <summary>Written once for SQLite and PostgreSQL: column types come from the CLR types. Runs when the feature is first switched on.</summary>
[DbContext(typeof(GiftCardsDbContext))]
[Migration("20261203100001_GiftCardsInitial")]
internal sealed class GiftCardsInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("GiftCards_Holds", t => new
        {
            Holder = t.Column<string>(nullable: false),
            OrderNo = t.Column<string>(nullable: false),
            Quantity = t.Column<int>(nullable: false),
            State = t.Column<int>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_GiftCards_Holds", x => x.Holder));

        migrationBuilder.CreateTable("GiftCards_Cards", t => new
        {
            Id = t.Identity(),
            Holder = t.Column<string>(nullable: false),
            Number = t.Column<string>(nullable: false),
            IssuedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_GiftCards_Cards", x => x.Id));
        migrationBuilder.CreateIndex("IX_GiftCards_Cards_Number", "GiftCards_Cards", "Number", unique: true);
        migrationBuilder.CreateIndex("IX_GiftCards_Cards_Holder", "GiftCards_Cards", "Holder");

        migrationBuilder.CreateTable("GiftCards_Purchases", t => new
        {
            Id = t.Identity(),
            EventId = t.Column<Guid>(nullable: false),
            OrderNo = t.Column<string>(nullable: false),
            UserId = t.Column<string>(nullable: true),
            GoodsName = t.Column<string>(nullable: false),
            Quantity = t.Column<int>(nullable: false),
            PaidUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_GiftCards_Purchases", x => x.Id));
        migrationBuilder.CreateIndex("IX_GiftCards_Purchases_OrderNo", "GiftCards_Purchases", "OrderNo");
        migrationBuilder.CreateIndex("IX_GiftCards_Purchases_UserId", "GiftCards_Purchases", "UserId");
    }
}

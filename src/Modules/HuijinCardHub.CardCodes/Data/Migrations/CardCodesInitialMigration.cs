using HuijinCardHub.Data.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.CardCodes.Data.Migrations;

/// <summary>Written once for SQLite and PostgreSQL: column types come from the CLR types.</summary>
[DbContext(typeof(CardCodesDbContext))]
[Migration("20261124400001_CardCodesInitial")]
internal sealed class CardCodesInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("CardCodes_Codes", t => new
        {
            Id = t.Identity(),
            GoodsId = t.Column<long>(nullable: false),
            VariantId = t.Column<long>(nullable: true),
            BatchId = t.Column<long>(nullable: false),
            Status = t.Column<int>(nullable: false),
            OrderId = t.Column<string>(nullable: true),
            CipherText = t.Column<byte[]>(nullable: false),
            KeyedHash = t.Column<byte[]>(nullable: false),
            MaskedPreview = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ReservedUtc = t.Column<DateTime>(nullable: true),
            SoldUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_CardCodes_Codes", x => x.Id));
        migrationBuilder.CreateIndex("IX_CardCodes_Codes_GoodsId_KeyedHash", "CardCodes_Codes", ["GoodsId", "KeyedHash"], unique: true);
        migrationBuilder.CreateIndex("IX_CardCodes_Codes_GoodsId_VariantId_Status_Id", "CardCodes_Codes", ["GoodsId", "VariantId", "Status", "Id"]);
        migrationBuilder.CreateIndex("IX_CardCodes_Codes_OrderId", "CardCodes_Codes", "OrderId");

        migrationBuilder.CreateTable("CardCodes_Batches", t => new
        {
            Id = t.Identity(),
            GoodsId = t.Column<long>(nullable: false),
            VariantId = t.Column<long>(nullable: true),
            CostFen = t.Column<long>(nullable: false),
            Note = t.Column<string>(nullable: true),
            LineCount = t.Column<long>(nullable: false),
            AcceptedCount = t.Column<long>(nullable: false),
            DuplicateCount = t.Column<long>(nullable: false),
            InvalidCount = t.Column<long>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            CreatedBy = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_CardCodes_Batches", x => x.Id));
        migrationBuilder.CreateIndex("IX_CardCodes_Batches_GoodsId", "CardCodes_Batches", "GoodsId");

        migrationBuilder.CreateTable("CardCodes_Keys", t => new
        {
            Id = t.Identity(),
            Protected = t.Column<byte[]>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CardCodes_Keys", x => x.Id));
    }
}

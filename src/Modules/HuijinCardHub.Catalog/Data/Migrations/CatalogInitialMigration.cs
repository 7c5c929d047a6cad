using HuijinCardHub.Data.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Catalog.Data.Migrations;

/// <summary>Written once for SQLite and PostgreSQL: column types come from the CLR types.</summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261124400001_CatalogInitial")]
internal sealed class CatalogInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Catalog_Categories", t => new
        {
            Id = t.Identity(),
            ParentId = t.Column<long>(nullable: true),
            Name = t.Column<string>(nullable: false),
            Slug = t.Column<string>(nullable: false),
            Icon = t.Column<string>(nullable: true),
            SortOrder = t.Column<int>(nullable: false),
            Visible = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Catalog_Categories", x => x.Id));
        migrationBuilder.CreateIndex("IX_Catalog_Categories_Slug", "Catalog_Categories", "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_Catalog_Categories_ParentId", "Catalog_Categories", "ParentId");

        migrationBuilder.CreateTable("Catalog_Goods", t => new
        {
            Id = t.Identity(),
            CategoryId = t.Column<long>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Slug = t.Column<string>(nullable: false),
            Kind = t.Column<int>(nullable: false),
            Summary = t.Column<string>(nullable: true),
            DescriptionHtml = t.Column<string>(nullable: false),
            ImageUrl = t.Column<string>(nullable: true),
            Visible = t.Column<bool>(nullable: false),
            Hot = t.Column<bool>(nullable: false),
            MinPerOrder = t.Column<int>(nullable: false),
            MaxPerOrder = t.Column<int>(nullable: false),
            MaxPerBuyerPerDay = t.Column<int>(nullable: true),
            VisibleToLevels = t.Column<string>(nullable: false),
            LowStockThreshold = t.Column<int>(nullable: false),
            SortOrder = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            FollowCost = t.Column<bool>(nullable: false),
            MarkupBasisPoints = t.Column<int>(nullable: false),
            RoundTo = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Catalog_Goods", x => x.Id));
        migrationBuilder.CreateIndex("IX_Catalog_Goods_Slug", "Catalog_Goods", "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_Catalog_Goods_CategoryId", "Catalog_Goods", "CategoryId");

        migrationBuilder.CreateTable("Catalog_Variants", t => new
        {
            Id = t.Identity(),
            GoodsId = t.Column<long>(nullable: false),
            Name = t.Column<string>(nullable: false),
            PriceFen = t.Column<long>(nullable: false),
            CostFen = t.Column<long>(nullable: false),
            ManualStock = t.Column<int>(nullable: true),
            SortOrder = t.Column<int>(nullable: false),
            Enabled = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Catalog_Variants", x => x.Id));
        migrationBuilder.CreateIndex("IX_Catalog_Variants_GoodsId", "Catalog_Variants", "GoodsId");

        migrationBuilder.CreateTable("Catalog_InputFields", t => new
        {
            Id = t.Identity(),
            GoodsId = t.Column<long>(nullable: false),
            Key = t.Column<string>(nullable: false),
            Label = t.Column<string>(nullable: false),
            Kind = t.Column<int>(nullable: false),
            Required = t.Column<bool>(nullable: false),
            Pattern = t.Column<string>(nullable: true),
            Placeholder = t.Column<string>(nullable: true),
            SortOrder = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Catalog_InputFields", x => x.Id));
        migrationBuilder.CreateIndex("IX_Catalog_InputFields_GoodsId", "Catalog_InputFields", "GoodsId");

        migrationBuilder.CreateTable("Catalog_MemberLevels", t => new
        {
            Id = t.Identity(),
            Name = t.Column<string>(nullable: false),
            DiscountBasisPoints = t.Column<int>(nullable: false),
            ThresholdFen = t.Column<long>(nullable: false),
            SortOrder = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Catalog_MemberLevels", x => x.Id));

        migrationBuilder.CreateTable("Catalog_WholesaleTiers", t => new
        {
            Id = t.Identity(),
            GoodsId = t.Column<long>(nullable: false),
            MinQuantity = t.Column<int>(nullable: false),
            DiscountBasisPoints = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Catalog_WholesaleTiers", x => x.Id));
        migrationBuilder.CreateIndex("IX_Catalog_WholesaleTiers_GoodsId", "Catalog_WholesaleTiers", "GoodsId");

        migrationBuilder.CreateTable("Catalog_PriceChanges", t => new
        {
            Id = t.Identity(),
            VariantId = t.Column<long>(nullable: false),
            OldFen = t.Column<long>(nullable: false),
            NewFen = t.Column<long>(nullable: false),
            Reason = t.Column<string>(nullable: false),
            ChangedBy = t.Column<string>(nullable: false),
            ChangedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Catalog_PriceChanges", x => x.Id));
        migrationBuilder.CreateIndex("IX_Catalog_PriceChanges_VariantId", "Catalog_PriceChanges", "VariantId");
    }
}

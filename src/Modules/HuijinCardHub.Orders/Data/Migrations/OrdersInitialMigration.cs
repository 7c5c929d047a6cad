using HuijinCardHub.Data.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Orders.Data.Migrations;

/// <summary>Written once for SQLite and PostgreSQL: column types come from the CLR types.</summary>
[DbContext(typeof(OrdersDbContext))]
[Migration("20261125000001_OrdersInitial")]
internal sealed class OrdersInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Orders_Orders", t => new
        {
            Id = t.Identity(),
            OrderNo = t.Column<string>(nullable: false),
            UserId = t.Column<string>(nullable: true),
            UserName = t.Column<string>(nullable: true),
            ContactKind = t.Column<int>(nullable: false),
            Contact = t.Column<string>(nullable: true),
            QueryPasswordHash = t.Column<string>(nullable: true),
            Status = t.Column<int>(nullable: false),
            TotalFen = t.Column<long>(nullable: false),
            RefundedFen = t.Column<long>(nullable: false),
            PaymentChannel = t.Column<string>(nullable: true),
            TransactionId = t.Column<string>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ExpiresUtc = t.Column<DateTime>(nullable: false),
            PaidUtc = t.Column<DateTime>(nullable: true),
            DeliveredUtc = t.Column<DateTime>(nullable: true),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
            ClientIp = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Orders_Orders", x => x.Id));
        migrationBuilder.CreateIndex("IX_Orders_Orders_OrderNo", "Orders_Orders", "OrderNo", unique: true);
        migrationBuilder.CreateIndex("IX_Orders_Orders_Status_ExpiresUtc", "Orders_Orders", ["Status", "ExpiresUtc"]);
        migrationBuilder.CreateIndex("IX_Orders_Orders_UserId_CreatedUtc", "Orders_Orders", ["UserId", "CreatedUtc"]);
        migrationBuilder.CreateIndex("IX_Orders_Orders_Contact", "Orders_Orders", "Contact");

        migrationBuilder.CreateTable("Orders_Lines", t => new
        {
            Id = t.Identity(),
            OrderId = t.Column<long>(nullable: false),
            GoodsId = t.Column<long>(nullable: false),
            VariantId = t.Column<long>(nullable: false),
            GoodsName = t.Column<string>(nullable: false),
            VariantName = t.Column<string>(nullable: false),
            Kind = t.Column<int>(nullable: false),
            Quantity = t.Column<int>(nullable: false),
            UnitPriceFen = t.Column<long>(nullable: false),
            CostFen = t.Column<long>(nullable: false),
            InputsJson = t.Column<string>(nullable: false),
            DeliveryNote = t.Column<string>(nullable: true),
            Fulfilled = t.Column<bool>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Orders_Lines", x => x.Id);
            t.ForeignKey("FK_Orders_Lines_Orders_Orders_OrderId", x => x.OrderId, "Orders_Orders", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_Orders_Lines_OrderId", "Orders_Lines", "OrderId");
        migrationBuilder.CreateIndex("IX_Orders_Lines_GoodsId_VariantId", "Orders_Lines", ["GoodsId", "VariantId"]);

        migrationBuilder.CreateTable("Orders_Events", t => new
        {
            Id = t.Identity(),
            OrderId = t.Column<long>(nullable: false),
            FromStatus = t.Column<int>(nullable: true),
            ToStatus = t.Column<int>(nullable: true),
            TextZh = t.Column<string>(nullable: false),
            TextEn = t.Column<string>(nullable: false),
            Actor = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Orders_Events", x => x.Id));
        migrationBuilder.CreateIndex("IX_Orders_Events_OrderId", "Orders_Events", "OrderId");

        migrationBuilder.CreateTable("Orders_Tickets", t => new
        {
            Id = t.Identity(),
            OrderId = t.Column<long>(nullable: false),
            OrderNo = t.Column<string>(nullable: false),
            UserId = t.Column<string>(nullable: true),
            CodeId = t.Column<long>(nullable: true),
            Reason = t.Column<string>(nullable: false),
            Status = t.Column<int>(nullable: false),
            Resolution = t.Column<string>(nullable: true),
            ReplacementCodeId = t.Column<long>(nullable: true),
            RefundFen = t.Column<long>(nullable: false),
            ResolvedBy = t.Column<string>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ResolvedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Orders_Tickets", x => x.Id));
        migrationBuilder.CreateIndex("IX_Orders_Tickets_OrderId", "Orders_Tickets", "OrderId");
        migrationBuilder.CreateIndex("IX_Orders_Tickets_Status_CreatedUtc", "Orders_Tickets", ["Status", "CreatedUtc"]);
    }
}

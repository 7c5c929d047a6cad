using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Orders.Data.Migrations;

/// <summary>
/// The checkout request id (unique: one order per checkout form, however often it is posted) and an index on the
/// visitor address, for the units a visitor's unpaid orders hold. Written once for SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(OrdersDbContext))]
[Migration("20261202000001_OrdersCheckoutRequest")]
internal sealed class OrdersCheckoutRequestMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("CheckoutRequestId", "Orders_Orders", nullable: true);
        migrationBuilder.CreateIndex("IX_Orders_Orders_CheckoutRequestId", "Orders_Orders", "CheckoutRequestId", unique: true);
        migrationBuilder.CreateIndex("IX_Orders_Orders_ClientIp", "Orders_Orders", "ClientIp");
    }
}

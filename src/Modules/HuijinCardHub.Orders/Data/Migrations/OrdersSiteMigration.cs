using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Orders.Data.Migrations;

/// <summary>The sub-station an order was placed on, which its events carry (an agent's commission hangs off it).</summary>
[DbContext(typeof(OrdersDbContext))]
[Migration("20261203000001_OrdersSite")]
internal sealed class OrdersSiteMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<long>("SiteId", "Orders_Orders", nullable: true);
}

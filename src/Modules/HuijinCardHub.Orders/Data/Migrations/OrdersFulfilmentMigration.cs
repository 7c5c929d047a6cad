using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Orders.Data.Migrations;

/// <summary>
/// Fulfilment per goods kind: each line stores its kind key and the holder its stock is held under (until now derived
/// from the line's position: existing lines get what that derivation gave, "{orderNo}#{position by id}"); an order
/// stores whether a checkout check held it for review and its discount lines. Written once for SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(OrdersDbContext))]
[Migration("20261203000001_OrdersFulfilment")]
internal sealed class OrdersFulfilmentMigration : Migration
{
    /// <summary>
    /// Lines placed before: the kind key of the catalogue's number (Code 0, DirectTopUp 1, Manual 2, as GoodsKinds maps
    /// them) and the holder the old derivation gave, the line's position by id within its order. Only lines without one.
    /// </summary>
    internal const string Backfill = """
        UPDATE "Orders_Lines" SET
            "Fulfilment" = CASE "Kind" WHEN 0 THEN 'code' WHEN 1 THEN 'direct-top-up' WHEN 2 THEN 'manual'
                ELSE 'kind-' || CAST("Kind" AS TEXT) END,
            "Holder" = (SELECT o."OrderNo" FROM "Orders_Orders" o WHERE o."Id" = "Orders_Lines"."OrderId") || '#' ||
                CAST((SELECT COUNT(*) FROM "Orders_Lines" l WHERE l."OrderId" = "Orders_Lines"."OrderId" AND l."Id" <= "Orders_Lines"."Id") AS TEXT)
        WHERE "Holder" = ''
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("Fulfilment", "Orders_Lines", nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>("Holder", "Orders_Lines", nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<bool>("DeliveryHeld", "Orders_Orders", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>("DiscountsJson", "Orders_Orders", nullable: true);

        migrationBuilder.Sql(Backfill);
    }
}

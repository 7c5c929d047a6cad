namespace HuijinCardHub.Bench.Checkout;

/// <summary>The baseline's statements: the same tables and columns the orders and card-codes modules write.</summary>
internal static class RawSql
{
    public const string InsertOrder = """
        INSERT INTO "Orders_Orders" ("OrderNo", "UserId", "UserName", "ContactKind", "Status", "TotalFen", "RefundedFen", "CreatedUtc", "ExpiresUtc", "UpdatedUtc", "ClientIp")
        VALUES (@no, @user, @user, 0, 0, @total, 0, @now, @expires, @now, '127.0.0.1') RETURNING "Id"
        """;

    public const string InsertLine = """
        INSERT INTO "Orders_Lines" ("OrderId", "GoodsId", "VariantId", "GoodsName", "VariantName", "Kind", "Quantity", "UnitPriceFen", "CostFen", "InputsJson", "Fulfilled")
        VALUES (@order, @goods, @variant, '压测点卡', '10元', 0, 1, @price, 500, '{}', FALSE)
        """;

    private const string Reserve = """
        UPDATE "CardCodes_Codes" SET "Status" = 1, "OrderId" = @order, "ReservedUtc" = @now
        WHERE "Status" = 0 AND "Id" IN (
            SELECT "Id" FROM "CardCodes_Codes" WHERE "GoodsId" = @goods AND "VariantId" = @variant AND "Status" = 0 ORDER BY "Id" LIMIT @quantity {lock})
        RETURNING "Id", "MaskedPreview"
        """;

    public static readonly string ReserveSqlite = Reserve.Replace("{lock}", "", StringComparison.Ordinal);
    public static readonly string ReservePostgres = Reserve.Replace("{lock}", "FOR UPDATE SKIP LOCKED", StringComparison.Ordinal);

    public const string InsertEvent = """
        INSERT INTO "Orders_Events" ("OrderId", "FromStatus", "ToStatus", "TextZh", "TextEn", "Actor", "CreatedUtc")
        VALUES (@order, @from, @to, '状态变更', 'State changed', 'system', @now)
        """;

    public const string MovePaid = """
        UPDATE "Orders_Orders" SET "Status" = 1, "UpdatedUtc" = @now, "PaidUtc" = @now, "PaymentChannel" = 'bench', "TransactionId" = @tx
        WHERE "Id" = @id AND "Status" = 0
        """;

    public const string Move = """UPDATE "Orders_Orders" SET "Status" = @to, "UpdatedUtc" = @now WHERE "Id" = @id AND "Status" = @from""";

    public const string MoveDelivered = """UPDATE "Orders_Orders" SET "Status" = 3, "UpdatedUtc" = @now, "DeliveredUtc" = @now WHERE "Id" = @id AND "Status" = 2""";

    public const string Sell = """UPDATE "CardCodes_Codes" SET "Status" = 2, "SoldUtc" = @now WHERE "OrderId" = @holder AND "Status" = 1""";

    public const string CountSold = """SELECT COUNT(*) FROM "CardCodes_Codes" WHERE "OrderId" = @holder AND "Status" = 2""";

    public const string Fulfil = """UPDATE "Orders_Lines" SET "Fulfilled" = @yes WHERE "OrderId" = @order""";
}

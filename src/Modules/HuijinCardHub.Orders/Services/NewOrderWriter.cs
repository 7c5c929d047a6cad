using System.Data;
using System.Globalization;
using HuijinCardHub.Data;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Writes a new order and its lines with hand-written statements, inside the checkout's transaction, while SQLite's
/// writer queue waits (EF's change tracking cost more than the inserts). The order number is unique by index:
/// a number already taken inserts nothing and the next candidate is tried, in the same statement that inserts.
/// So is the checkout request id: a post whose twin already placed its order inserts nothing and is refused.
/// </summary>
internal sealed class NewOrderWriter(ShellSql sql)
{
    /// <summary>Six random digits per second collide once in a while on a busy shop; ten draws in a row never do.</summary>
    public const int Draws = 10;

    private const string InsertOrder = $"""
        INSERT INTO {OrderTables.Orders} ("OrderNo", "UserId", "UserName", "ContactKind", "Contact", "QueryPasswordHash", "Status",
            "TotalFen", "RefundedFen", "CreatedUtc", "ExpiresUtc", "UpdatedUtc", "ClientIp", "CheckoutRequestId", "DeliveryHeld", "DiscountsJson", "SiteId")
        VALUES (@no, @user, @userName, @contactKind, @contact, @password, @status, @total, 0, @created, @expires, @updated, @ip, @request, @held, @discounts, @site)
        ON CONFLICT DO NOTHING
        RETURNING "Id"
        """;

    private const string InsertLine = $"""
        INSERT INTO {OrderTables.Lines} ("OrderId", "GoodsId", "VariantId", "GoodsName", "VariantName", "Kind", "Quantity",
            "UnitPriceFen", "CostFen", "InputsJson", "DeliveryNote", "Fulfilled", "Fulfilment", "Holder")
        VALUES (@order, @goods, @variant, @goodsName, @variantName, @kind, @quantity, @price, @cost, @inputs, @note, @fulfilled, @fulfilment, @holder)
        RETURNING "Id"
        """;

    /// <summary>
    /// Inserts the order under the first free number of <paramref name="numbers"/> (its <see cref="Order.OrderNo"/>
    /// and ids are set), then its lines.
    /// </summary>
    public async Task InsertAsync(Order order, IEnumerable<string> numbers, CancellationToken cancellationToken)
    {
        foreach (var number in numbers.Take(Draws))
        {
            order.OrderNo = number;
            if (await TryInsertOrderAsync(order, cancellationToken) is { } id)
            {
                order.Id = id;
                for (var i = 0; i < order.Lines.Count; i++)
                {
                    var line = order.Lines[i];
                    line.OrderId = id;
                    // Made once, from the number just won, and stored: nothing derives it from the line's position again.
                    line.Holder = CodeHolder.For(order.OrderNo, i + 1);
                    line.Id = await InsertLineAsync(line, cancellationToken);
                }

                return;
            }

            if (order.CheckoutRequestId is not null && await RequestPlacedAsync(order.CheckoutRequestId, cancellationToken))
            {
                throw new ShopException(OrderErrors.AlreadyPlaced);
            }
        }

        throw new ShopException(new Bilingual("订单号生成失败，请重试", "No free order number was found; try again"));
    }

    private async Task<bool> RequestPlacedAsync(string requestId, CancellationToken cancellationToken)
    {
        await using var find = sql.Command($"SELECT 1 FROM {OrderTables.Orders} WHERE \"CheckoutRequestId\" = @request");
        ShellSql.Add(find, "@request", requestId);
        return await find.ExecuteScalarAsync(cancellationToken) is not null and not DBNull;
    }

    private async Task<long?> TryInsertOrderAsync(Order order, CancellationToken cancellationToken)
    {
        await using var insert = sql.Command(InsertOrder);
        ShellSql.Add(insert, "@no", order.OrderNo);
        ShellSql.Add(insert, "@user", order.UserId, DbType.String);
        ShellSql.Add(insert, "@userName", order.UserName, DbType.String);
        ShellSql.Add(insert, "@contactKind", (int)order.ContactKind);
        ShellSql.Add(insert, "@contact", order.Contact, DbType.String);
        ShellSql.Add(insert, "@password", order.QueryPasswordHash, DbType.String);
        ShellSql.Add(insert, "@status", (int)order.Status);
        ShellSql.Add(insert, "@total", order.TotalFen);
        ShellSql.Add(insert, "@created", order.CreatedUtc);
        ShellSql.Add(insert, "@expires", order.ExpiresUtc);
        ShellSql.Add(insert, "@updated", order.UpdatedUtc);
        ShellSql.Add(insert, "@ip", order.ClientIp, DbType.String);
        ShellSql.Add(insert, "@request", order.CheckoutRequestId, DbType.String);
        ShellSql.Add(insert, "@held", order.DeliveryHeld);
        ShellSql.Add(insert, "@discounts", order.DiscountsJson, DbType.String);
        ShellSql.Add(insert, "@site", order.SiteId, DbType.Int64);
        var id = await insert.ExecuteScalarAsync(cancellationToken);
        return id is null or DBNull ? null : Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    private async Task<long> InsertLineAsync(OrderLine line, CancellationToken cancellationToken)
    {
        await using var insert = sql.Command(InsertLine);
        ShellSql.Add(insert, "@order", line.OrderId);
        ShellSql.Add(insert, "@goods", line.GoodsId);
        ShellSql.Add(insert, "@variant", line.VariantId);
        ShellSql.Add(insert, "@goodsName", line.GoodsName);
        ShellSql.Add(insert, "@variantName", line.VariantName);
        ShellSql.Add(insert, "@kind", (int)line.Kind);
        ShellSql.Add(insert, "@quantity", line.Quantity);
        ShellSql.Add(insert, "@price", line.UnitPriceFen);
        ShellSql.Add(insert, "@cost", line.CostFen);
        ShellSql.Add(insert, "@inputs", line.InputsJson);
        ShellSql.Add(insert, "@note", line.DeliveryNote, DbType.String);
        ShellSql.Add(insert, "@fulfilled", line.Fulfilled);
        ShellSql.Add(insert, "@fulfilment", line.Fulfilment);
        ShellSql.Add(insert, "@holder", line.Holder);
        return Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}

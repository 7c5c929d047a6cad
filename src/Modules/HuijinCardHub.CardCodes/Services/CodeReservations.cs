using System.Data;
using HuijinCardHub.CardCodes.Data;
using HuijinCardHub.CardCodes.Domain;
using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// Takes codes out of stock for an order with one conditional UPDATE ... RETURNING: on PostgreSQL the
/// candidates are locked with FOR UPDATE SKIP LOCKED so concurrent buyers take different rows; SQLite
/// serializes writers (the unit of work begins an immediate transaction). All or nothing.
/// </summary>
internal sealed class CodeReservations(CardCodesDbContext db, ShellSql sql, IUnitOfWork unitOfWork, SampleSales samples, IClock clock)
{
    private const string Take = $$"""
        UPDATE {{CodeTable.Quoted}} SET "Status" = 1, "OrderId" = @order, "ReservedUtc" = @now
        WHERE "Status" = 0 AND "Id" IN (
            SELECT "Id" FROM {{CodeTable.Quoted}}
            WHERE "GoodsId" = @goods AND {variant} AND "Status" = 0 AND (NOT "IsSample" OR @samples)
            ORDER BY "Id" LIMIT @quantity {lock})
        RETURNING "Id", "MaskedPreview"
        """;

    private const string Sell = $$"""
        UPDATE {{CodeTable.Quoted}} SET "Status" = 2, "SoldUtc" = @now WHERE "OrderId" = @order AND "Status" = 1 AND NOT "IsSample"
        """;

    // After Sell, what the order still holds reserved can only be samples.
    private const string SellSamples = $$"""
        UPDATE {{CodeTable.Quoted}} SET "Status" = 2, "SoldUtc" = @now WHERE "OrderId" = @order AND "Status" = 1
        """;

    private const string CountHeld = $$"""
        SELECT COUNT(CASE WHEN "Status" = 2 THEN 1 END), COUNT(CASE WHEN "Status" = 1 THEN 1 END)
        FROM {{CodeTable.Quoted}} WHERE "OrderId" = @order
        """;

    // Four fixed statements: the variant test and the lock clause are chosen, never built from input.
    private static readonly string SqliteWithVariant = Statement("\"VariantId\" = @variant", "");
    private static readonly string SqliteWithoutVariant = Statement("\"VariantId\" IS NULL", "");
    private static readonly string PostgresWithVariant = Statement("\"VariantId\" = @variant", "FOR UPDATE SKIP LOCKED");
    private static readonly string PostgresWithoutVariant = Statement("\"VariantId\" IS NULL", "FOR UPDATE SKIP LOCKED");

    /// <summary>Sample codes are taken only while the shop is not live; otherwise the statement never takes one.</summary>
    public async Task<IReadOnlyList<ReservedCode>> ReserveAsync(long goodsId, long? variantId, int quantity, string orderId, CancellationToken cancellationToken)
    {
        CodeStockRules.CheckGoods(goodsId, variantId);
        CodeStockRules.CheckQuantity(quantity);
        CodeStockRules.CheckOrder(orderId);

        var withSamples = await samples.AllowedAsync(cancellationToken);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var taken = new List<ReservedCode>(quantity);
        await using (var command = sql.Command(StatementFor(variantId is not null)))
        {
            ShellSql.Add(command, "@order", orderId);
            ShellSql.Add(command, "@now", clock.UtcNow);
            ShellSql.Add(command, "@goods", goodsId);
            ShellSql.Add(command, "@quantity", quantity);
            ShellSql.Add(command, "@samples", withSamples);
            if (variantId is not null)
            {
                ShellSql.Add(command, "@variant", variantId.Value, DbType.Int64);
            }

            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                taken.Add(new ReservedCode(rows.GetInt64(0), rows.GetString(1)));
            }
        }

        if (taken.Count < quantity)
        {
            // Give back what was taken here, so the caller's transaction stays as it was and usable.
            var ids = taken.Select(t => t.CodeId).ToList();
            if (ids.Count > 0)
            {
                await db.Codes.Where(c => ids.Contains(c.Id) && c.Status == CodeStatus.Reserved)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(c => c.Status, CodeStatus.Available)
                        .SetProperty(c => c.OrderId, (string?)null)
                        .SetProperty(c => c.ReservedUtc, (DateTime?)null), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            throw new ShopException(CodeStockRules.OutOfStock);
        }

        await transaction.CommitAsync(cancellationToken);
        return taken.OrderBy(t => t.CodeId).ToList();
    }

    public async Task<int> ReleaseAsync(string orderId, CancellationToken cancellationToken)
    {
        CodeStockRules.CheckOrder(orderId);
        return await db.Codes.Where(c => c.OrderId == orderId && c.Status == CodeStatus.Reserved)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Status, CodeStatus.Available)
                .SetProperty(c => c.OrderId, (string?)null)
                .SetProperty(c => c.ReservedUtc, (DateTime?)null), cancellationToken);
    }

    /// <summary>
    /// Compare-and-set reserved → sold; codes sold before stay sold. Returns how many codes the order holds sold.
    /// Two hand-written statements: this runs inside every delivery, while SQLite's writer waits for it. Samples the
    /// order reserved while the shop was being tried out are sold only if it still is; a live shop gives them back
    /// (the delivery then reserves real codes in their place).
    /// </summary>
    public async Task<int> MarkSoldAsync(string orderId, CancellationToken cancellationToken)
    {
        CodeStockRules.CheckOrder(orderId);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await SellAsync(Sell, orderId, cancellationToken);
        var (sold, samplesHeld) = await CountHeldAsync(orderId, cancellationToken);
        if (samplesHeld > 0)
        {
            if (await samples.AllowedAsync(cancellationToken))
            {
                await SellAsync(SellSamples, orderId, cancellationToken);
                sold += samplesHeld;
            }
            else
            {
                await ReleaseAsync(orderId, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return sold;
    }

    private async Task SellAsync(string statement, string orderId, CancellationToken cancellationToken)
    {
        await using var sell = sql.Command(statement);
        ShellSql.Add(sell, "@order", orderId);
        ShellSql.Add(sell, "@now", clock.UtcNow);
        await sell.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <returns>Codes the order holds sold, and reserved (after <see cref="Sell"/>: samples only).</returns>
    private async Task<(int Sold, int Reserved)> CountHeldAsync(string orderId, CancellationToken cancellationToken)
    {
        await using var count = sql.Command(CountHeld);
        ShellSql.Add(count, "@order", orderId);
        await using var row = await count.ExecuteReaderAsync(cancellationToken);
        await row.ReadAsync(cancellationToken);
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return (Convert.ToInt32(row.GetValue(0), culture), Convert.ToInt32(row.GetValue(1), culture));
    }

    private string StatementFor(bool withVariant) => (sql.IsPostgres, withVariant) switch
    {
        (true, true) => PostgresWithVariant,
        (true, false) => PostgresWithoutVariant,
        (false, true) => SqliteWithVariant,
        (false, false) => SqliteWithoutVariant,
    };

    private static string Statement(string variant, string lockClause) =>
        Take.Replace("{variant}", variant, StringComparison.Ordinal).Replace("{lock}", lockClause, StringComparison.Ordinal);
}

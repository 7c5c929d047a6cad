using System.Text;
using HuijinCardHub.Data;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Moves an order from one state to the next with one conditional UPDATE (compare-and-set on the current state),
/// so two payment notifications, a payment racing the expiry job, or two staff members cannot both win. The move
/// and its timeline entry are hand-written statements: every order makes three moves while SQLite's writer waits,
/// and EF's translation of an UPDATE cost several times the statement.
/// </summary>
internal sealed class OrderTransitions(OrdersDbContext db, OrderTimeline timeline, ShellSql sql, IUnitOfWork unitOfWork, IClock clock)
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Allowed = new()
    {
        [OrderStatus.PendingPayment] = [OrderStatus.Paid, OrderStatus.Expired, OrderStatus.Cancelled, OrderStatus.Failed],
        // A payment that arrives after expiry or cancellation is still money received: it is honoured.
        [OrderStatus.Expired] = [OrderStatus.Paid],
        [OrderStatus.Cancelled] = [OrderStatus.Paid],
        [OrderStatus.Paid] = [OrderStatus.Delivering, OrderStatus.Failed, OrderStatus.Refunded, OrderStatus.PartlyRefunded],
        [OrderStatus.Delivering] = [OrderStatus.Delivered, OrderStatus.Failed, OrderStatus.Refunded, OrderStatus.PartlyRefunded],
        [OrderStatus.Delivered] = [OrderStatus.Completed, OrderStatus.Refunded, OrderStatus.PartlyRefunded],
        [OrderStatus.Completed] = [OrderStatus.Refunded, OrderStatus.PartlyRefunded],
        [OrderStatus.PartlyRefunded] = [OrderStatus.Refunded, OrderStatus.PartlyRefunded],
        [OrderStatus.Failed] = [OrderStatus.Refunded],
        [OrderStatus.Refunded] = [],
    };

    public static bool IsAllowed(OrderStatus from, OrderStatus to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>True when this call made the change; false when the order was no longer in <paramref name="from"/>.</summary>
    public async Task<bool> TryMoveAsync(long orderId, OrderStatus from, OrderStatus to, Bilingual why, string actor,
        OrderStamps? stamps = null, CancellationToken cancellationToken = default)
    {
        if (!IsAllowed(from, to))
        {
            throw new InvalidOperationException($"An order cannot go from {from} to {to}.");
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        if (db.ChangeTracker.HasChanges())
        {
            // Notes the caller wrote before the move come before it on the timeline.
            await db.SaveChangesAsync(cancellationToken);
        }

        int changed;
        await using (var move = sql.Command(MoveStatement(stamps)))
        {
            ShellSql.Add(move, "@id", orderId);
            ShellSql.Add(move, "@from", (int)from);
            ShellSql.Add(move, "@to", (int)to);
            ShellSql.Add(move, "@now", clock.UtcNow);
            foreach (var (column, value) in stamps?.Columns() ?? [])
            {
                ShellSql.Add(move, "@" + column, value);
            }

            changed = await move.ExecuteNonQueryAsync(cancellationToken);
        }

        if (changed == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return false;
        }

        await timeline.WriteAsync(orderId, why, actor, from, to, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string MoveStatement(OrderStamps? stamps)
    {
        var statement = new StringBuilder($"UPDATE {OrderTables.Orders} SET \"Status\" = @to, \"UpdatedUtc\" = @now");
        foreach (var (column, _) in stamps?.Columns() ?? [])
        {
            statement.Append(", \"").Append(column).Append("\" = @").Append(column);
        }

        return statement.Append(" WHERE \"Id\" = @id AND \"Status\" = @from").ToString();
    }
}

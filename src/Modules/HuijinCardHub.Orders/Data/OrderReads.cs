using System.Collections.Concurrent;
using HuijinCardHub.Orders.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HuijinCardHub.Orders.Data;

/// <summary>
/// The reads every checkout makes (the member's spend; the order with its lines, for its payment and delivery):
/// compiled, so EF does not translate and look up the query again on each order. A compiled query belongs to one
/// model, and a host can serve shops on SQLite and on PostgreSQL (two models): each model gets its own.
/// </summary>
internal static class OrderReads
{
    private static readonly ConcurrentDictionary<IModel, Compiled> ByModel = new();

    public static Task<Order?> WithLinesByNumberAsync(OrdersDbContext db, string orderNo, CancellationToken cancellationToken) =>
        For(db).WithLinesByNumber(db, orderNo, cancellationToken);

    /// <summary>Paid minus refunded over the member's paid (or later) orders, in fen.</summary>
    public static Task<long?> LifetimeSpendFenAsync(OrdersDbContext db, string userId, CancellationToken cancellationToken) =>
        For(db).LifetimeSpendFen(db, userId, cancellationToken);

    private static Compiled For(OrdersDbContext db) => ByModel.GetOrAdd(db.Model, _ => new Compiled());

    private sealed class Compiled
    {
        public readonly Func<OrdersDbContext, string, CancellationToken, Task<Order?>> WithLinesByNumber =
            EF.CompileAsyncQuery((OrdersDbContext db, string orderNo, CancellationToken _) => db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefault(o => o.OrderNo == orderNo));

        public readonly Func<OrdersDbContext, string, CancellationToken, Task<long?>> LifetimeSpendFen =
            EF.CompileAsyncQuery((OrdersDbContext db, string userId, CancellationToken _) => db.Orders
                .Where(o => o.UserId == userId && OrderStatuses.PaidOrLater.Contains(o.Status))
                .Sum(o => (long?)(o.TotalFen - o.RefundedFen)));
    }
}

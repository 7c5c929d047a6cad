using System.Collections.Concurrent;
using HuijinCardHub.Orders.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HuijinCardHub.Orders.Data;

/// <summary>
/// The reads every checkout makes inside its transaction, while SQLite's writer queue waits: compiled, so EF does
/// not translate and look up the query again on each order. A compiled query belongs to one model, and a host can
/// serve shops on SQLite and on PostgreSQL (two models): each model gets its own.
/// </summary>
internal static class OrderReads
{
    private static readonly ConcurrentDictionary<IModel, Compiled> ByModel = new();

    public static Task<bool> NumberTakenAsync(OrdersDbContext db, string orderNo, CancellationToken cancellationToken) =>
        For(db).NumberTaken(db, orderNo, cancellationToken);

    public static Task<Order?> ByNumberAsync(OrdersDbContext db, string orderNo, CancellationToken cancellationToken) =>
        For(db).ByNumber(db, orderNo, cancellationToken);

    public static Task<Order?> WithLinesByNumberAsync(OrdersDbContext db, string orderNo, CancellationToken cancellationToken) =>
        For(db).WithLinesByNumber(db, orderNo, cancellationToken);

    private static Compiled For(OrdersDbContext db) => ByModel.GetOrAdd(db.Model, _ => new Compiled());

    private sealed class Compiled
    {
        public readonly Func<OrdersDbContext, string, CancellationToken, Task<bool>> NumberTaken =
            EF.CompileAsyncQuery((OrdersDbContext db, string orderNo, CancellationToken _) => db.Orders.Any(o => o.OrderNo == orderNo));

        public readonly Func<OrdersDbContext, string, CancellationToken, Task<Order?>> ByNumber =
            EF.CompileAsyncQuery((OrdersDbContext db, string orderNo, CancellationToken _) => db.Orders.AsNoTracking().FirstOrDefault(o => o.OrderNo == orderNo));

        public readonly Func<OrdersDbContext, string, CancellationToken, Task<Order?>> WithLinesByNumber =
            EF.CompileAsyncQuery((OrdersDbContext db, string orderNo, CancellationToken _) => db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefault(o => o.OrderNo == orderNo));
    }
}

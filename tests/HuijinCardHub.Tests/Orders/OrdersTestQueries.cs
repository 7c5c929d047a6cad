using HuijinCardHub.Orders.Domain;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Tests.Orders;

internal static class OrdersTestQueries
{
    public static Task<Order> AsNoTrackingWithLines(this DbSet<Order> orders, string orderNo) =>
        orders.AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.OrderNo == orderNo);
}

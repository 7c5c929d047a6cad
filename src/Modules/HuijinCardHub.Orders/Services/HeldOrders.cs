using HuijinCardHub.Data;
using HuijinCardHub.Jobs;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Staff release an order a checkout check held for review. The flag is cleared by a compare-and-set (two staff
/// releasing at once: one wins); a paid order is then delivered at once, with a delivery job written in the same
/// transaction as the release, so a delivery that fails now (out of stock) is retried like any other.
/// </summary>
internal sealed class HeldOrders(
    OrdersDbContext db,
    OrderTimeline timeline,
    OrderDelivery delivery,
    StaffAudit audit,
    IUnitOfWork unitOfWork,
    IOutbox outbox,
    IClock clock,
    ILogger<HeldOrders> logger)
{
    public async Task<Bilingual> ReleaseAsync(string orderNo, string staff, CancellationToken cancellationToken)
    {
        long job = 0;
        OrderStatus status;
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            var order = await db.Orders.AsNoTracking().Where(o => o.OrderNo == orderNo).Select(o => new { o.Id, o.Status }).FirstOrDefaultAsync(cancellationToken)
                ?? throw new ShopException(OrderErrors.NotFound);
            if (await db.Orders.Where(o => o.Id == order.Id && o.DeliveryHeld)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.DeliveryHeld, false).SetProperty(o => o.UpdatedUtc, clock.UtcNow), cancellationToken) == 0)
            {
                throw new ShopException(new Bilingual("此订单没有待审核的发货", "This order is not held for review"));
            }

            await timeline.WriteAsync(order.Id, new Bilingual("审核通过，放行发货", "Review passed: delivery released"), staff, null, null, cancellationToken);
            await audit.WriteAsync("orders.release", orderNo, null, cancellationToken);
            status = order.Status;
            if (status == OrderStatus.Paid)
            {
                job = await outbox.EnqueueAsync(OrderDeliveryHandler.TopicName, new OrderJob(orderNo), clock.UtcNow + OrderPayments.SafetyNetDelay, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (status != OrderStatus.Paid)
        {
            return new Bilingual("已放行：订单付款后自动发货", "Released: the order is delivered once paid");
        }

        try
        {
            status = await delivery.DeliverAsync(orderNo, cancellationToken, job) ?? status;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The delivery raised its alert; the job written with the release retries it.
            logger.LogWarning("Delivery of released order {OrderNo} failed and will be retried: {Reason}", orderNo, exception.Message);
        }

        return status == OrderStatus.Delivered
            ? new Bilingual("已放行，订单已发货", "Released and delivered")
            : new Bilingual("已放行，订单发货中", "Released; delivery is under way");
    }
}

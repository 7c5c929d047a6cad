using HuijinCardHub.Data;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// A refund from the admin order page: the amount in yuan and a reason, both required. The reason goes into the
/// timeline with the refund, in one transaction. The form carries what was refunded when the page was shown: a
/// form posted twice, or over a refund someone else just made, is refused instead of paying out again.
/// </summary>
internal sealed class StaffRefunds(OrdersDbContext db, AfterSales afterSales, OrderTimeline timeline, StaffAudit audit, IUnitOfWork unitOfWork)
{
    public async Task<Money> RefundAsync(string orderNo, string? amountText, string? reason, long refundedBefore, Guid requestId, string staff, CancellationToken cancellationToken)
    {
        if (!Money.TryParseYuan(amountText, out var amount) || amount.Fen <= 0)
        {
            throw new ShopException(new Bilingual("请输入有效的退款金额（元，最多两位小数）", "Enter a valid refund amount (yuan, at most two decimals)"));
        }

        var why = (reason ?? "").Trim();
        if (why.Length is < 2 or > AfterSales.MaxReasonLength)
        {
            throw new ShopException(new Bilingual($"请填写退款原因（2-{AfterSales.MaxReasonLength} 个字）", $"Give the reason for the refund (2-{AfterSales.MaxReasonLength} characters)"));
        }

        var reference = "admin:" + (requestId == Guid.Empty ? Guid.NewGuid() : requestId).ToString("N");
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.OrderNo == orderNo, cancellationToken)
            ?? throw new ShopException(OrderErrors.NotFound);
        if (order.RefundedFen != refundedBefore)
        {
            throw new ShopException(new Bilingual(
                $"该订单刚刚已退款（累计 {order.Refunded}），请核对后重新提交", $"The order was just refunded ({order.Refunded} in all); check and submit again"));
        }

        await afterSales.RefundOrderAsync(order, amount, reference, staff, cancellationToken);
        timeline.Note(order.Id, new Bilingual($"退款原因：{why}", $"Refund reason: {why}"), staff);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync("orders.refund.reason", order.OrderNo, $"{amount}: {why}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return amount;
    }
}

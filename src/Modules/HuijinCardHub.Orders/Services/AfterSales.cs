using HuijinCardHub.Admin;
using HuijinCardHub.Balance;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// After-sales (售后): a buyer reports a bad code; staff replace it from stock or refund (to the member's balance;
/// a guest's refund is recorded and paid back outside the shop). Every step lands in the order's timeline and,
/// for staff, in the audit log.
/// </summary>
internal sealed class AfterSales(
    OrdersDbContext db,
    OrderTimeline timeline,
    OrderTransitions transitions,
    TicketTransitions tickets,
    OrderReservations reservations,
    IEnumerable<ICodeStock> codeStocks,
    LineFulfilments fulfilments,
    IEnumerable<IBalanceAccounts> balances,
    IEnumerable<IAuditLog> audit,
    IUnitOfWork unitOfWork,
    IDurableEvents events,
    IClock clock)
{
    public const int MaxReasonLength = 500;

    public static readonly Bilingual AlreadyReplaced = new("该卡密已更换过新卡密，如新卡密有问题请对新卡密申请售后", "That code was already replaced; if the new code does not work, report the new one");

    private static readonly OrderStatus[] Reportable =
        [OrderStatus.Delivering, OrderStatus.Delivered, OrderStatus.Completed, OrderStatus.PartlyRefunded];

    public static bool CanReport(OrderStatus status) => Reportable.Contains(status);

    public async Task<AfterSalesTicket> OpenAsync(Order order, long? codeId, string? reason, string actor, CancellationToken cancellationToken)
    {
        var text = (reason ?? "").Trim();
        if (text.Length is < 2 or > MaxReasonLength)
        {
            throw new ShopException(new Bilingual($"请用 2-{MaxReasonLength} 个字描述问题", $"Describe the problem in 2-{MaxReasonLength} characters"));
        }

        if (!CanReport(order.Status))
        {
            throw new ShopException(new Bilingual("订单发货后才能申请售后", "After-sales opens once the order is delivered"));
        }

        if (codeId is not null && await LineOfCodeAsync(order, codeId.Value, cancellationToken) is null)
        {
            throw new ShopException(new Bilingual("该卡密不属于此订单", "That code is not part of this order"));
        }

        if (await db.Tickets.AnyAsync(t => t.OrderId == order.Id && t.Status == TicketStatus.Open && t.CodeId == codeId, cancellationToken))
        {
            throw new ShopException(new Bilingual("该问题已在处理中，请耐心等待", "This problem is already being handled"));
        }

        if (codeId is not null && await db.Tickets.AnyAsync(t => t.OrderId == order.Id && t.Status == TicketStatus.Replaced && t.CodeId == codeId, cancellationToken))
        {
            throw new ShopException(AlreadyReplaced);
        }

        var ticket = new AfterSalesTicket
        {
            OrderId = order.Id,
            OrderNo = order.OrderNo,
            UserId = order.UserId,
            CodeId = codeId,
            Reason = text,
            Status = TicketStatus.Open,
            CreatedUtc = clock.UtcNow,
        };
        db.Tickets.Add(ticket);
        timeline.Note(order.Id, new Bilingual($"买家申请售后：{text}", $"Buyer opened an after-sales ticket: {text}"), actor);
        await db.SaveChangesAsync(cancellationToken);
        return ticket;
    }

    /// <summary>Gives the buyer a fresh code from stock in place of the reported one. Returns the new code's id.</summary>
    public async Task<long> ReplaceAsync(long ticketId, string staff, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var (ticket, order) = await OpenTicketAsync(ticketId, cancellationToken);
        var stock = codeStocks.FirstOrDefault() ?? throw new ShopException(OrderErrors.OutOfStock);
        var line = ticket.CodeId is { } codeId ? await LineOfCodeAsync(order, codeId, cancellationToken) : null;
        if (line is null)
        {
            throw new ShopException(new Bilingual("此工单没有指明卡密，只能退款或驳回", "This ticket names no code: refund or reject it"));
        }

        // Claimed before anything is given: a second replace or a refund of this ticket sent meanwhile loses here.
        await tickets.MoveAsync(ticket.Id, TicketStatus.Open, TicketStatus.Replaced, "已更换卡密 / Code replaced", staff, 0, cancellationToken);
        await RefuseCodeReplacedByAnotherTicketAsync(ticket, order, cancellationToken);
        var holder = line.Value.Line.Holder;
        var before = (await stock.RevealForOrderAsync(holder, cancellationToken)).Select(c => c.CodeId).ToHashSet();
        try
        {
            await stock.ReserveAsync(line.Value.Line.GoodsId, line.Value.Line.VariantId, 1, holder, cancellationToken);
        }
        catch (ShopException)
        {
            throw new ShopException(new Bilingual("库存不足，无法更换，请补货或退款", "Out of stock: import codes or refund"));
        }

        var fresh = (await stock.MarkSoldAsync(holder, cancellationToken)).Select(c => c.CodeId).First(id => !before.Contains(id));
        await db.Tickets.Where(t => t.Id == ticket.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ReplacementCodeId, (long?)fresh), cancellationToken);
        timeline.Note(order.Id, new Bilingual($"售后：已为买家更换卡密（工单 {ticket.Id}）", $"After-sales: code replaced (ticket {ticket.Id})"), staff);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync("orders.ticket.replace", order.OrderNo, $"ticket {ticket.Id}: code {ticket.CodeId} → {fresh}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return fresh;
    }

    /// <summary>Refunds part or all of what is left of the order: to the member's balance, or recorded for a guest.</summary>
    public async Task RefundAsync(long ticketId, Money amount, string staff, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var (ticket, order) = await OpenTicketAsync(ticketId, cancellationToken);
        var resolution = order.UserId is null ? $"退款 {amount}（游客订单，请线下退回）/ Refund {amount} (guest: pay back outside the shop)" : $"退款 {amount} 至余额 / Refund {amount} to balance";
        // Claimed before any money moves: a replace or a second refund of this ticket sent meanwhile loses here.
        await tickets.MoveAsync(ticket.Id, TicketStatus.Open, TicketStatus.Refunded, resolution, staff, amount.Fen, cancellationToken);
        await RefundOrderAsync(order, amount, $"ticket:{ticket.Id}", staff, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RejectAsync(long ticketId, string? reason, string staff, CancellationToken cancellationToken)
    {
        var text = (reason ?? "").Trim();
        if (text.Length is < 2 or > MaxReasonLength)
        {
            throw new ShopException(new Bilingual("请填写驳回原因", "Give a reason for rejecting"));
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var (ticket, order) = await OpenTicketAsync(ticketId, cancellationToken);
        await tickets.MoveAsync(ticket.Id, TicketStatus.Open, TicketStatus.Rejected, text, staff, 0, cancellationToken);
        timeline.Note(order.Id, new Bilingual($"售后工单 {ticket.Id} 已驳回：{text}", $"After-sales ticket {ticket.Id} rejected: {text}"), staff);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync("orders.ticket.reject", order.OrderNo, $"ticket {ticket.Id}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A refund without a ticket (admin order page); joins the caller's transaction when one is open.</summary>
    public async Task RefundOrderAsync(Order order, Money amount, string reference, string staff, CancellationToken cancellationToken)
    {
        var left = order.Total - order.Refunded;
        if (amount.Fen <= 0 || amount > left)
        {
            throw new ShopException(new Bilingual($"退款金额须大于 0 且不超过可退金额 {left}", $"The refund must be above 0 and at most {left}"));
        }

        if (!OrderStatuses.IsPaid(order.Status) && order.Status != OrderStatus.Failed)
        {
            throw new ShopException(new Bilingual("未支付的订单不能退款", "An unpaid order cannot be refunded"));
        }

        // Refunds are amounts, not lines: an order that never got its goods is refunded whole, and its codes go back.
        var undelivered = order.Status is OrderStatus.Paid or OrderStatus.Failed;
        if (undelivered && amount != left)
        {
            throw new ShopException(new Bilingual(
                $"订单尚未发货，只能全额退款 {left}（退款后预留的卡密回到库存）", $"The order is not delivered yet: refund all of it ({left}); its reserved codes then go back to stock"));
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        if (order.UserId is not null && balances.FirstOrDefault() is { } accounts)
        {
            await accounts.CreditAsync(order.UserId, amount, $"订单退款 / Refund of order {order.OrderNo}", $"refund:{order.OrderNo}:{reference}", cancellationToken);
        }

        // Compare-and-set on what was refunded before, so two staff refunding at once cannot both pay out.
        var refundedBefore = order.RefundedFen;
        if (await db.Orders.Where(o => o.Id == order.Id && o.RefundedFen == refundedBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.RefundedFen, refundedBefore + amount.Fen), cancellationToken) == 0)
        {
            throw new ShopException(new Bilingual("订单状态已变化，请刷新后重试", "The order changed meanwhile; reload and try again"));
        }

        var whole = amount == left;
        var to = whole ? OrderStatus.Refunded : OrderStatus.PartlyRefunded;
        var refunded = order.RefundedFen + amount.Fen;
        var moved = await transitions.TryMoveAsync(order.Id, order.Status, to,
            new Bilingual($"退款 {amount}", $"Refunded {amount}"), staff, new OrderStamps { RefundedFen = refunded }, cancellationToken);
        if (!moved)
        {
            throw new ShopException(new Bilingual("订单状态已变化，请刷新后重试", "The order changed meanwhile; reload and try again"));
        }

        order.RefundedFen = refunded;
        order.Status = to;
        if (undelivered)
        {
            await ReleaseUndeliveredAsync(order, staff, cancellationToken);
        }

        await AuditAsync("orders.refund", order.OrderNo, $"{amount} ({reference})", cancellationToken);
        if (order.Lines.Count == 0)
        {
            // Read without its lines (the admin's refund): the event carries them.
            order.Lines = await db.Lines.AsNoTracking().Where(l => l.OrderId == order.Id).ToListAsync(cancellationToken);
        }

        await events.PublishAsync(new OrderRefunded(OrderSnapshots.Of(order), amount, order.Refunded, whole, reference, clock.UtcNow), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The refund ends the order before its delivery: the codes held for it would otherwise stay reserved forever.</summary>
    private async Task ReleaseUndeliveredAsync(Order order, string staff, CancellationToken cancellationToken)
    {
        var lines = await db.Lines.AsNoTracking().Where(l => l.OrderId == order.Id).ToListAsync(cancellationToken);
        var released = await reservations.ReleaseAsync(order.OrderNo, lines, cancellationToken);
        if (released > 0)
        {
            await timeline.WriteAsync(order.Id, new Bilingual($"退款：未发货的 {released} 个卡密已释放回库存", $"Refund: {released} undelivered codes released back to stock"),
                staff, null, null, cancellationToken);
        }
    }

    private async Task<(AfterSalesTicket Ticket, Order Order)> OpenTicketAsync(long ticketId, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == ticketId, cancellationToken)
            ?? throw new ShopException(new Bilingual("工单不存在", "Ticket not found"));
        if (ticket.Status != TicketStatus.Open)
        {
            throw new ShopException(new Bilingual("工单已处理", "The ticket is already closed"));
        }

        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == ticket.OrderId, cancellationToken);
        return (ticket, order);
    }

    /// <summary>The line the code was handed over on, asked of each line's fulfilment under the line's stored holder.</summary>
    private async Task<(OrderLine Line, int Number)?> LineOfCodeAsync(Order order, long codeId, CancellationToken cancellationToken)
    {
        var lines = order.Lines.OrderBy(l => l.Id).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (fulfilments.Find(lines[i].Fulfilment) is { } fulfilment &&
                (await fulfilment.RevealAsync(LineFulfilments.Describe(order.OrderNo, lines[i]), cancellationToken)).Any(c => c.CodeId == codeId))
            {
                return (lines[i], i + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// Two tickets about one code, opened at the same moment, must not both give a new code. The order's row is
    /// locked first (a no-op UPDATE), so replaces within one order run one after another on PostgreSQL too, and the
    /// read that follows sees a replace another member of staff has just committed.
    /// </summary>
    private async Task RefuseCodeReplacedByAnotherTicketAsync(AfterSalesTicket ticket, Order order, CancellationToken cancellationToken)
    {
        await db.Orders.Where(o => o.Id == order.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.UpdatedUtc, o => o.UpdatedUtc), cancellationToken);
        if (await db.Tickets.AnyAsync(t => t.Id != ticket.Id && t.OrderId == order.Id && t.CodeId == ticket.CodeId && t.Status == TicketStatus.Replaced, cancellationToken))
        {
            throw new ShopException(AlreadyReplaced);
        }
    }

    private async Task AuditAsync(string action, string target, string detail, CancellationToken cancellationToken)
    {
        foreach (var log in audit)
        {
            await log.WriteAsync(action, target, detail, cancellationToken);
        }
    }
}

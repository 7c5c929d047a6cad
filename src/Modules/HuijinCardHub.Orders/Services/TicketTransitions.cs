using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Closes an after-sales ticket with one conditional UPDATE (compare-and-set on its current state), like
/// <see cref="OrderTransitions"/> for orders. Staff claim the ticket this way before anything is given: of two
/// "replace" posts, or a "replace" and a "refund" sent at once, one moves the ticket and the other is refused and
/// rolled back, so the buyer gets one new code or one refund, never both and never two.
/// </summary>
internal sealed class TicketTransitions(OrdersDbContext db, IClock clock)
{
    public static readonly Bilingual HandledMeanwhile = new(
        "该工单刚刚已被他人处理，本次操作未做任何更改，请刷新查看处理结果",
        "Someone else handled this ticket just now; nothing was changed. Reload to see what they did");

    private static readonly Dictionary<TicketStatus, TicketStatus[]> Allowed = new()
    {
        [TicketStatus.Open] = [TicketStatus.Replaced, TicketStatus.Refunded, TicketStatus.Rejected],
        [TicketStatus.Replaced] = [],
        [TicketStatus.Refunded] = [],
        [TicketStatus.Rejected] = [],
    };

    public static bool IsAllowed(TicketStatus from, TicketStatus to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>
    /// Moves the ticket, with what was done and by whom, in the caller's transaction. Throws a ShopException
    /// (<see cref="HandledMeanwhile"/>) when the ticket is no longer in <paramref name="from"/>: the caller's
    /// transaction then rolls back whatever it did.
    /// </summary>
    public async Task MoveAsync(long ticketId, TicketStatus from, TicketStatus to, string resolution, string staff, long refundFen, CancellationToken cancellationToken)
    {
        if (!IsAllowed(from, to))
        {
            throw new InvalidOperationException($"A ticket cannot go from {from} to {to}.");
        }

        var now = clock.UtcNow;
        var moved = await db.Tickets.Where(t => t.Id == ticketId && t.Status == from)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, to)
                .SetProperty(t => t.Resolution, resolution)
                .SetProperty(t => t.RefundFen, refundFen)
                .SetProperty(t => t.ResolvedBy, staff)
                .SetProperty(t => t.ResolvedUtc, now), cancellationToken);
        if (moved == 0)
        {
            throw new ShopException(HandledMeanwhile);
        }
    }
}

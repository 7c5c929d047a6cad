using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Models;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>After-sales tickets for staff: open ones first, then the newest.</summary>
internal sealed class TicketAdminQueries(OrdersDbContext db, OrderDetailReader orders)
{
    public const int PageSize = 50;

    public async Task<TicketListPage> ListAsync(TicketStatus? status, int page, CancellationToken cancellationToken)
    {
        var tickets = db.Tickets.AsNoTracking();
        if (status is { } wanted)
        {
            tickets = tickets.Where(t => t.Status == wanted);
        }

        var total = await tickets.CountAsync(cancellationToken);
        var open = await db.Tickets.CountAsync(t => t.Status == TicketStatus.Open, cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await tickets.OrderBy(t => t.Status == TicketStatus.Open ? 0 : 1).ThenByDescending(t => t.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new TicketListPage(rows.Select(TicketRow.From).ToList(), status, total, open, page, pageCount);
    }

    public async Task<TicketDetailPage?> DetailAsync(long id, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        var order = ticket is null ? null : await orders.ReadAsync(ticket.OrderNo, cancellationToken);
        if (ticket is null || order is null)
        {
            return null;
        }

        var line = ticket.CodeId is { } codeId ? order.Lines.FirstOrDefault(l => l.CodeIds.Contains(codeId)) : null;
        return new TicketDetailPage(TicketRow.From(ticket), order, line is null ? null : $"#{line.Number} {line.GoodsName}（{line.VariantName}）");
    }

    public Task<int> CountOpenAsync(CancellationToken cancellationToken) =>
        db.Tickets.CountAsync(t => t.Status == TicketStatus.Open, cancellationToken);
}

using HuijinCardHub.Orders.Domain;

namespace HuijinCardHub.Orders.Models;

/// <summary>After-sales tickets, open ones first.</summary>
internal sealed record TicketListPage(IReadOnlyList<TicketRow> Tickets, TicketStatus? Status, int Total, int OpenCount, int Page, int PageCount)
{
    public string Query(int page)
    {
        var parts = new List<string>();
        if (Status is { } status)
        {
            parts.Add("status=" + status);
        }

        if (page > 1)
        {
            parts.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}

internal sealed record TicketRow(
    long Id,
    string OrderNo,
    long? CodeId,
    string Reason,
    TicketStatus Status,
    string? Resolution,
    long? ReplacementCodeId,
    Money Refund,
    string? ResolvedBy,
    DateTime CreatedUtc,
    DateTime? ResolvedUtc)
{
    public bool IsOpen => Status == TicketStatus.Open;

    public static TicketRow From(AfterSalesTicket ticket) => new(
        ticket.Id, ticket.OrderNo, ticket.CodeId, ticket.Reason, ticket.Status, ticket.Resolution, ticket.ReplacementCodeId,
        new Money(ticket.RefundFen), ticket.ResolvedBy, ticket.CreatedUtc, ticket.ResolvedUtc);
}

/// <summary>One ticket with the order it is about.</summary>
/// <param name="CodeLine">The line the reported code was sold on ("Q币 10元 · 10元"), when known.</param>
internal sealed record TicketDetailPage(TicketRow Ticket, OrderDetailPage Order, string? CodeLine)
{
    /// <summary>Refunds move money: they also need ManageOrders.</summary>
    public bool CanRefund { get; init; }
}

/// <summary>A ticket action's form: the refund amount or the reason for rejecting. Public for MVC binding.</summary>
public sealed class TicketActionForm
{
    public string? Amount { get; set; }

    public string? Reason { get; set; }
}

namespace HuijinCardHub.Orders.Models;

/// <summary>The staff view of one order. Codes are never here: only how many each line holds and their ids.</summary>
internal sealed record OrderDetailPage(
    string OrderNo,
    OrderStatus Status,
    string? UserId,
    string? UserName,
    string? Contact,
    Money Total,
    Money Refunded,
    string? Channel,
    string? TransactionId,
    DateTime CreatedUtc,
    DateTime ExpiresUtc,
    DateTime? PaidUtc,
    DateTime? DeliveredUtc,
    string? ClientIp,
    IReadOnlyList<AdminLineView> Lines,
    IReadOnlyList<AdminTimelineEntry> Timeline,
    IReadOnlyList<TicketRow> Tickets)
{
    public Money Refundable => Total - Refunded;

    public bool CanCancel => Status == OrderStatus.PendingPayment;

    /// <summary>A checkout check held the order for review: it is delivered once staff release it.</summary>
    public bool DeliveryHeld { get; init; }

    public IReadOnlyList<Domain.OrderDiscount> Discounts { get; init; } = [];

    public bool CanRefund => Refundable.Fen > 0 && (Domain.OrderStatuses.IsPaid(Status) || Status == OrderStatus.Failed);

    /// <summary>Whether the viewer holds ManageOrders (else the action forms are not shown).</summary>
    public bool CanManage { get; init; }

    /// <summary>Generated with the page: a refund form posted twice refunds once.</summary>
    public Guid RefundRequestId { get; init; } = Guid.NewGuid();
}

/// <param name="Number">1-based position in the order (codes are held per line number).</param>
/// <param name="CodeIds">Ids of the codes sold to the line (never their text).</param>
/// <param name="Progress">What the buyer reads beside the line.</param>
internal sealed record AdminLineView(
    long Id,
    int Number,
    string GoodsName,
    string VariantName,
    Text.Bilingual KindName,
    int Quantity,
    Money UnitPrice,
    Money Cost,
    IReadOnlyList<KeyValuePair<string, string>> Inputs,
    IReadOnlyList<long> CodeIds,
    bool Fulfilled,
    string? DeliveryNote,
    Text.Bilingual Progress)
{
    public Money LineTotal => UnitPrice * Quantity;
}

internal sealed record AdminTimelineEntry(DateTime CreatedUtc, Text.Bilingual Text, string Actor, OrderStatus? From, OrderStatus? To);

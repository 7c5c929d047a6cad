namespace HuijinCardHub.Orders.Services;

/// <summary>What a state change writes on the order row besides its status and the time of the change; null leaves a column as it is.</summary>
internal sealed record OrderStamps
{
    public DateTime? PaidUtc { get; init; }

    public string? PaymentChannel { get; init; }

    public string? TransactionId { get; init; }

    public DateTime? DeliveredUtc { get; init; }

    public long? RefundedFen { get; init; }

    /// <summary>The columns to set, in a fixed order; names are constants, values go in as parameters.</summary>
    public IEnumerable<(string Column, object Value)> Columns()
    {
        if (PaidUtc is { } paid)
        {
            yield return ("PaidUtc", paid);
        }

        if (PaymentChannel is { } channel)
        {
            yield return ("PaymentChannel", channel);
        }

        if (TransactionId is { } transaction)
        {
            yield return ("TransactionId", transaction);
        }

        if (DeliveredUtc is { } delivered)
        {
            yield return ("DeliveredUtc", delivered);
        }

        if (RefundedFen is { } refunded)
        {
            yield return ("RefundedFen", refunded);
        }
    }
}

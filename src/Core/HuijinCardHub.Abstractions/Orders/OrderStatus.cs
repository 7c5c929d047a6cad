namespace HuijinCardHub.Orders;

/// <summary>
/// The life of an order (ARCHITECTURE.md §5). Stored as an int: the numbers are part of the schema.
/// Every change is a compare-and-set on the current state, recorded in the order's timeline.
/// </summary>
public enum OrderStatus
{
    PendingPayment = 0,
    Paid = 1,
    Delivering = 2,
    Delivered = 3,
    Completed = 4,
    Expired = 5,
    Cancelled = 6,
    Failed = 7,
    Refunded = 8,
    PartlyRefunded = 9,
}

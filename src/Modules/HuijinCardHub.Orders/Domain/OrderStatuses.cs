using HuijinCardHub.Text;

namespace HuijinCardHub.Orders.Domain;

/// <summary>Groups of states the rules and queries ask about.</summary>
internal static class OrderStatuses
{
    /// <summary>Money was received: counts towards a member's spend and a goods' sales.</summary>
    public static readonly OrderStatus[] PaidOrLater =
        [OrderStatus.Paid, OrderStatus.Delivering, OrderStatus.Delivered, OrderStatus.Completed, OrderStatus.Refunded, OrderStatus.PartlyRefunded];

    /// <summary>Holds stock or a daily-limit slot: everything but the dead ends.</summary>
    public static readonly OrderStatus[] Live =
        [OrderStatus.PendingPayment, OrderStatus.Paid, OrderStatus.Delivering, OrderStatus.Delivered, OrderStatus.Completed, OrderStatus.PartlyRefunded];

    /// <summary>Units not yet handed over: they hold manual stock.</summary>
    public static readonly OrderStatus[] Unfulfilled = [OrderStatus.PendingPayment, OrderStatus.Paid, OrderStatus.Delivering];

    public static bool IsPaid(OrderStatus status) => PaidOrLater.Contains(status);

    public static Bilingual Name(OrderStatus status) => status switch
    {
        OrderStatus.PendingPayment => new("待支付", "Pending payment"),
        OrderStatus.Paid => new("已支付", "Paid"),
        OrderStatus.Delivering => new("发货中", "Delivering"),
        OrderStatus.Delivered => new("已发货", "Delivered"),
        OrderStatus.Completed => new("已完成", "Completed"),
        OrderStatus.Expired => new("已过期", "Expired"),
        OrderStatus.Cancelled => new("已取消", "Cancelled"),
        OrderStatus.Failed => new("失败", "Failed"),
        OrderStatus.Refunded => new("已退款", "Refunded"),
        OrderStatus.PartlyRefunded => new("部分退款", "Partly refunded"),
        _ => new(status.ToString(), status.ToString()),
    };
}

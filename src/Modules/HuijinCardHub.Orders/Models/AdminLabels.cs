using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Time;

namespace HuijinCardHub.Orders.Models;

/// <summary>How states, kinds and times read in the admin views (in the staff member's language, Beijing time).</summary>
internal static class AdminLabels
{
    public static IReadOnlyList<OrderStatus> Statuses { get; } = Enum.GetValues<OrderStatus>();

    public static IReadOnlyList<TicketStatus> TicketStatuses { get; } = Enum.GetValues<TicketStatus>();

    public static string Of(OrderStatus status) => OrderStatuses.Name(status).ToString();

    public static string Of(TicketStatus status) => Storefront.OrderFormat.TicketStatusName(status).ToString();

    public static string Channel(string? channel) => Storefront.OrderFormat.Channel(channel).ToString();

    public static string Time(DateTime utc) => ShopTime.Format(utc);

    public static string Time(DateTime? utc) => utc is { } value ? ShopTime.Format(value) : "—";

    public static string Badge(OrderStatus status) => status switch
    {
        OrderStatus.PendingPayment => "bg-yellow-lt",
        OrderStatus.Paid or OrderStatus.Delivering => "bg-blue-lt",
        OrderStatus.Delivered or OrderStatus.Completed => "bg-green-lt",
        OrderStatus.Refunded or OrderStatus.PartlyRefunded or OrderStatus.Failed => "bg-red-lt",
        _ => "bg-secondary-lt",
    };

    public static string Badge(TicketStatus status) => status switch
    {
        TicketStatus.Open => "bg-yellow-lt",
        TicketStatus.Replaced or TicketStatus.Refunded => "bg-green-lt",
        _ => "bg-secondary-lt",
    };
}

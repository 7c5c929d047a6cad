namespace HuijinCardHub.Orders;

/// <param name="FirstTime">False for a repeated notification (nothing changed).</param>
public sealed record PaymentConfirmation(string OrderNo, OrderStatus Status, bool FirstTime);

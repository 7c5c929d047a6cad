namespace HuijinCardHub.Orders;

/// <summary>Raised after commit when an unpaid order expired and gave its codes back.</summary>
public sealed record OrderExpired(string OrderNo);

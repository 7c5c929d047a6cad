namespace HuijinCardHub.Security;

/// <summary>
/// A named allowance: at most <paramref name="Limit"/> attempts per key in a window of <paramref name="Window"/>
/// that opens with the first attempt. A limit below 1 lets everything through (counting nothing).
/// </summary>
/// <param name="Name">Unique per rule ("orders.lookup"): two rules never share counts for the same key.</param>
public sealed record ThrottleRule(string Name, int Limit, TimeSpan Window);

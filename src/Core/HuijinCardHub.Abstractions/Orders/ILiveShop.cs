namespace HuijinCardHub.Orders;

/// <summary>
/// Whether the shop sells for real ("live"), so that what only serves to try a shop out (the sample codes a shop
/// template imports) is never sold to a buyer. One rule, implemented by the orders module: today a shop is live while
/// the sandbox payment channel is off; the payment modules will refine it. A caller that finds no implementation
/// (orders switched off) treats the shop as live.
/// </summary>
public interface ILiveShop
{
    Task<bool> IsLiveAsync(CancellationToken cancellationToken = default);
}

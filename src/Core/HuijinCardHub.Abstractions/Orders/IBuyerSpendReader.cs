namespace HuijinCardHub.Orders;

/// <summary>
/// A member's lifetime spend, which decides the member level. Provided by the orders module; without a
/// provider every signed-in member counts as having spent nothing.
/// </summary>
public interface IBuyerSpendReader
{
    Task<Money> GetLifetimeSpendAsync(string userId, CancellationToken cancellationToken = default);
}

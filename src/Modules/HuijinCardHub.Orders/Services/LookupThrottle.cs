using HuijinCardHub.Security;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// The allowances of the order lookup, per visitor address (see <see cref="VisitorKey"/>): each attempt is counted
/// before its password is checked, so a burst of parallel guesses gets no more than the allowance. Only the
/// visitor's own address is ever refused: a stranger spending an allowance cannot lock the buyer out, who comes in
/// with the right password from anywhere else. Counts live in <see cref="IThrottle"/>, shared by all nodes once
/// the shop has a shared store.
/// </summary>
internal sealed class LookupThrottle(IThrottle throttle)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>Order pages opened without access (which show the lookup form) per visitor in the window.</summary>
    public const int LockedPagesPerWindow = 30;

    public async ValueTask<bool> AllowLookupAsync(string visitor, int allowance, CancellationToken cancellationToken) =>
        (await throttle.HitAsync(new ThrottleRule("orders.lookup", Math.Max(1, allowance), Window), visitor, cancellationToken)).Allowed;

    public async ValueTask<bool> AllowLockedPageAsync(string visitor, CancellationToken cancellationToken) =>
        (await throttle.HitAsync(new ThrottleRule("orders.locked-page", LockedPagesPerWindow, Window), visitor, cancellationToken)).Allowed;
}

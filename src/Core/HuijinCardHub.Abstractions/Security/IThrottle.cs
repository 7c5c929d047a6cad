namespace HuijinCardHub.Security;

/// <summary>
/// Counts attempts (order lookups, checkouts...) per key and says whether each one is within its allowance.
/// The count comes first and the decision from it, in one atomic step: of any number of attempts made at once,
/// only the allowance is let through. Keys are scoped to the tenant by the implementation, so callers pass their
/// own key (a visitor address, a contact). The kernel's implementation keeps the counts in this process's memory;
/// a shared store (Redis, for several nodes) replaces it behind this same contract.
/// </summary>
public interface IThrottle
{
    /// <summary>Counts this attempt against <paramref name="rule"/> for <paramref name="key"/>, then decides.</summary>
    ValueTask<ThrottleDecision> HitAsync(ThrottleRule rule, string key, CancellationToken cancellationToken = default);
}

/// <summary>
/// A named allowance: at most <paramref name="Limit"/> attempts per key in a window of <paramref name="Window"/>
/// that opens with the first attempt. A limit below 1 lets everything through (counting nothing).
/// </summary>
/// <param name="Name">Unique per rule ("orders.lookup"): two rules never share counts for the same key.</param>
public sealed record ThrottleRule(string Name, int Limit, TimeSpan Window);

/// <param name="Allowed">The attempt is within the allowance.</param>
/// <param name="Count">Attempts counted in the current window, this one included.</param>
/// <param name="RetryAfter">When refused, how long until the window ends; zero when allowed.</param>
public readonly record struct ThrottleDecision(bool Allowed, int Count, TimeSpan RetryAfter);

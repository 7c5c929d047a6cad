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

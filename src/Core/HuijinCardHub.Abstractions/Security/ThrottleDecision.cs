namespace HuijinCardHub.Security;

/// <param name="Allowed">The attempt is within the allowance.</param>
/// <param name="Count">Attempts counted in the current window, this one included.</param>
/// <param name="RetryAfter">When refused, how long until the window ends; zero when allowed.</param>
public readonly record struct ThrottleDecision(bool Allowed, int Count, TimeSpan RetryAfter);

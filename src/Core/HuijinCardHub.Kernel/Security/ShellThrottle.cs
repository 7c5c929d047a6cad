using HuijinCardHub.Security;
using HuijinCardHub.Shells;

namespace HuijinCardHub.Kernel.Security;

/// <summary>A shell's view of the host's throttle counts: every key is prefixed with the tenant, so shops never share counts.</summary>
internal sealed class ShellThrottle(ShellInfo shell, ThrottleCounters counters) : IThrottle
{
    public ValueTask<ThrottleDecision> HitAsync(ThrottleRule rule, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(key);
        if (rule.Limit < 1)
        {
            return ValueTask.FromResult(new ThrottleDecision(true, 0, TimeSpan.Zero));
        }

        return ValueTask.FromResult(counters.Hit($"{shell.Name}\n{rule.Name}\n{key}", rule.Limit, rule.Window));
    }
}

using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace HuijinCardHub.Users.Services;

/// <summary>
/// At most N sign-in attempts per client address per minute (10 unless "Users:LoginAttemptsPerMinute" says
/// otherwise), on top of the per-account lockout, so one address cannot try many accounts quickly.
/// </summary>
internal sealed class LoginRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LoginRateLimiter(IConfiguration configuration)
    {
        var permits = configuration.GetValue("Users:LoginAttemptsPerMinute", 10);
        _limiter = PartitionedRateLimiter.Create<string, string>(ip => RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Takes one attempt from the address's allowance; false when it is used up.</summary>
    public bool TryAcquire(string? remoteIp)
    {
        using var lease = _limiter.AttemptAcquire(remoteIp ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

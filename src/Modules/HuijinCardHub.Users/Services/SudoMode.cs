using System.Globalization;
using System.Security.Claims;
using HuijinCardHub.Security;
using HuijinCardHub.Time;

namespace HuijinCardHub.Users.Services;

/// <summary>
/// Sudo mode lives in the sign-in cookie: a claim with the time of the last TOTP confirmation, sealed by the
/// data-protection key ring that every node shares, so any node can answer and no server memory is needed.
/// </summary>
internal sealed class SudoMode(IClock clock) : ISudoMode
{
    public const string ClaimType = "huijin:sudo";

    /// <summary>A clock a little ahead on another node must not end a fresh confirmation.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public Task<bool> IsActiveAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var value = user.Identity?.IsAuthenticated == true ? user.FindFirst(ClaimType)?.Value : null;
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTime.MaxValue.Ticks)
        {
            return Task.FromResult(false);
        }

        var age = clock.UtcNow - new DateTime(ticks, DateTimeKind.Utc);
        return Task.FromResult(age > -ClockSkew && age < ISudoMode.Lifetime);
    }

    public Claim ConfirmedNow() => new(ClaimType, clock.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture));
}

using System.Security.Claims;

namespace HuijinCardHub.Security;

/// <summary>Answers whether a staff member confirmed their second factor recently enough for a sensitive action.</summary>
public interface ISudoMode
{
    /// <summary>How long one confirmation lasts.</summary>
    static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    Task<bool> IsActiveAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

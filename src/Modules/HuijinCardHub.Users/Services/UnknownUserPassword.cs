using Microsoft.AspNetCore.Identity;

namespace HuijinCardHub.Users.Services;

/// <summary>A password check against a stand-in account's hash, for a sign-in with a name that has no account.</summary>
internal static class UnknownUserPassword
{
    private static readonly IdentityUser StandIn = new("unknown");
    private static string? _hash;

    public static void Check(IPasswordHasher<IdentityUser> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        // Made with the shop's own hasher, so it costs what a real account's check costs.
        _hash ??= hasher.HashPassword(StandIn, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(StandIn, _hash, password);
    }
}

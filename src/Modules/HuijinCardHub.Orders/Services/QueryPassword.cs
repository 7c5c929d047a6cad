using System.Security.Cryptography;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// The guest's order query password, stored as salted PBKDF2. Fewer rounds than an account password: it guards
/// one order and lookups are rate-limited, and checkout must stay fast. Checking always costs one PBKDF2, also
/// when there is no hash to check against: an unknown order must take as long as a known one.
/// </summary>
internal static class QueryPassword
{
    public const int MinLength = 6;
    public const int MaxLength = 32;
    private const int Iterations = 20_000;

    /// <summary>A hash of a password nobody knows, checked in place of an order that does not exist.</summary>
    private static readonly (byte[] Salt, byte[] Hash) Nobody = Parse(Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))))!.Value;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"v1.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(hash)}";
    }

    /// <summary>Runs PBKDF2 exactly once, whatever <paramref name="stored"/> holds (null, broken or a real hash).</summary>
    public static bool Verify(string? stored, string? password)
    {
        var parsed = Parse(stored);
        var (salt, expected) = parsed ?? Nobody;
        var candidate = password is { Length: > 0 and <= MaxLength } ? password : "";
        var actual = Rfc2898DeriveBytes.Pbkdf2(candidate, salt, Iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected) && parsed is not null && candidate.Length > 0;
    }

    private static (byte[] Salt, byte[] Hash)? Parse(string? stored)
    {
        var parts = stored?.Split('.');
        if (parts is not { Length: 3 } || parts[0] != "v1")
        {
            return null;
        }

        try
        {
            var hash = Convert.FromBase64String(parts[2]);
            return hash.Length == 0 ? null : (Convert.FromBase64String(parts[1]), hash);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

using System.Security.Cryptography;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// The guest's order query password, stored as salted PBKDF2. Fewer rounds than an account password: it guards
/// one order and lookups are rate-limited, and checkout must stay fast.
/// </summary>
internal static class QueryPassword
{
    public const int MinLength = 4;
    public const int MaxLength = 32;
    private const int Iterations = 20_000;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"v1.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string? stored, string? password)
    {
        if (stored is null || string.IsNullOrEmpty(password) || password.Length > MaxLength)
        {
            return false;
        }

        var parts = stored.Split('.');
        if (parts.Length != 3 || parts[0] != "v1")
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[1]);
        var expected = Convert.FromBase64String(parts[2]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}

using System.Security.Cryptography;

namespace HuijinCardHub.Samples.GiftCards.Services;

/// <summary>New gift-card numbers: "GC" and 16 random digits in groups of four, unguessable (a number is worth money).</summary>
internal static class GiftCardNumbers
{
    public static string Next()
    {
        Span<char> digits = stackalloc char[16];
        for (var i = 0; i < digits.Length; i++)
        {
            digits[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        }

        return $"GC-{digits[..4]}-{digits[4..8]}-{digits[8..12]}-{digits[12..]}";
    }
}

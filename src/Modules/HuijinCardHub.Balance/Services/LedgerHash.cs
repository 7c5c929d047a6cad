using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HuijinCardHub.Balance.Domain;

namespace HuijinCardHub.Balance.Services;

/// <summary>
/// SHA-256 over the previous hash and the row's fields in one fixed form. Each field is length-prefixed,
/// so no choice of text in a reason or reference can make two different rows read the same.
/// </summary>
internal static class LedgerHash
{
    private const string Version = "huijin-balance-ledger-v1";

    public static string Compute(LedgerEntry entry)
    {
        var text = new StringBuilder(256);
        foreach (var field in Fields(entry))
        {
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>PostgreSQL keeps microseconds: the stored time must be what was hashed.</summary>
    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    private static IEnumerable<string> Fields(LedgerEntry e)
    {
        yield return Version;
        yield return e.Sequence.ToString(CultureInfo.InvariantCulture);
        yield return e.UserId;
        yield return e.Kind.ToString();
        yield return e.AmountFen.ToString(CultureInfo.InvariantCulture);
        yield return e.BalanceAfterFen.ToString(CultureInfo.InvariantCulture);
        yield return e.Reason;
        yield return e.Reference;
        yield return e.Actor;
        yield return e.CreatedUtc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        yield return e.PreviousHash;
    }
}

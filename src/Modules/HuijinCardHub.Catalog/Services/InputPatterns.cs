using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace HuijinCardHub.Catalog.Services;

/// <summary>
/// Merchant-written regular expressions: compiled once, always with a match timeout, so a pattern that
/// backtracks badly costs a buyer a refused value instead of costing the server a thread.
/// </summary>
internal static class InputPatterns
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);
    private static readonly ConcurrentDictionary<string, Regex?> Compiled = new(StringComparer.Ordinal);

    /// <summary>Null when the pattern does not compile.</summary>
    public static Regex? TryGet(string pattern)
    {
        if (Compiled.Count > 10_000)
        {
            Compiled.Clear();
        }

        return Compiled.GetOrAdd(pattern, static p =>
        {
            try
            {
                return new Regex(p, RegexOptions.CultureInvariant, Timeout);
            }
            catch (ArgumentException)
            {
                return null;
            }
        });
    }

    /// <summary>False when the value does not match or matching takes too long.</summary>
    public static bool Matches(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}

using System.Security.Cryptography;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// The id a checkout form carries from the moment it is shown: an order remembers it (unique), so a double click or a
/// replayed post finds the order the first post placed instead of placing another.
/// </summary>
internal static class CheckoutRequestId
{
    public const int MaxLength = 64;

    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The posted id, or null when it is missing or not one this shop could have made (it is then ignored).</summary>
    public static string? Read(string? posted) =>
        posted is { Length: >= 16 and <= MaxLength } && posted.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? posted : null;
}

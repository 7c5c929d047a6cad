namespace HuijinCardHub.Payments;

/// <summary>
/// A notification exactly as it arrived: nothing decoded, bound, trimmed or HTML-escaped, so a signature over the
/// gateway's own bytes still verifies. Stored as is with its verdict.
/// </summary>
/// <param name="Method">"GET" or "POST", as sent (易支付 notifies by GET, the others by POST).</param>
/// <param name="QueryString">The raw query string, with its leading "?" or empty.</param>
/// <param name="Headers">Request headers by name, case-insensitive.</param>
/// <param name="Body">The body's bytes, empty for a GET.</param>
/// <param name="Channel">The channel id in the notification's address: the provider and site it was sent for.</param>
public sealed record RawNotification(
    string Method,
    string QueryString,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    byte[] Body,
    string? RemoteIp,
    DateTime ReceivedUtc,
    long Channel);

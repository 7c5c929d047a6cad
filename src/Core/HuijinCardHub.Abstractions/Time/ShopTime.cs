using System.Globalization;

namespace HuijinCardHub.Time;

/// <summary>
/// The shop's calendar: buyers and staff think in Beijing time (UTC+8, no daylight saving), so days typed in filters,
/// per-day purchase limits, order numbers and every time shown are China time, while the database keeps UTC.
/// The one place that knows the offset.
/// </summary>
public static class ShopTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The China time of a UTC instant (Kind Unspecified: it is a wall-clock reading, not an instant).</summary>
    public static DateTime ToChina(DateTime utc) => DateTime.SpecifyKind(utc + Offset, DateTimeKind.Unspecified);

    /// <summary>The UTC instant a China day ("2026-11-24") starts at; false when the text is not such a date.</summary>
    public static bool TryDayStartUtc(string? day, out DateTime startUtc)
    {
        startUtc = default;
        if (string.IsNullOrWhiteSpace(day) ||
            !DateTime.TryParseExact(day.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        startUtc = DateTime.SpecifyKind(date - Offset, DateTimeKind.Utc);
        return true;
    }

    /// <summary>The start of today in China, in UTC: per-day limits and "today's orders" follow the buyer's calendar.</summary>
    public static DateTime TodayStartUtc(DateTime utcNow) => DateTime.SpecifyKind((utcNow + Offset).Date - Offset, DateTimeKind.Utc);

    /// <summary>"2026-11-24 18:05:09", China time.</summary>
    public static string Format(DateTime utc) => Format(utc, "yyyy-MM-dd HH:mm:ss");

    /// <summary>China time in a format of the caller's ("yyyyMMddHHmmss" for order numbers), invariant digits.</summary>
    public static string Format(DateTime utc, string format) => (utc + Offset).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>As <see cref="Format(DateTime)"/>, and empty for a moment that has not happened (not paid yet).</summary>
    public static string Format(DateTime? utc) => utc is { } value ? Format(value) : "";
}

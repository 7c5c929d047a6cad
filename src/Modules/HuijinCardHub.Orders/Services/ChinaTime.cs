using System.Globalization;

namespace HuijinCardHub.Orders.Services;

/// <summary>Staff think in Beijing time: days typed in filters and times shown in the admin are UTC+8.</summary>
internal static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

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

    /// <summary>The start of today in China, in UTC: per-day limits follow the buyer's calendar.</summary>
    public static DateTime TodayStartUtc(DateTime utcNow) => (utcNow + Offset).Date - Offset;

    public static string Format(DateTime utc) => (utc + Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Format(DateTime? utc) => utc is { } value ? Format(value) : "";
}

using System.Globalization;
using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Models;

/// <summary>Numbers typed into admin forms, read as text so a typo gets a clear message instead of a silent zero.</summary>
internal static class FormParse
{
    public static Money Yuan(string? text, string zh, string en, List<Bilingual> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Money.Zero;
        }

        if (Money.TryParseYuan(text, out var money))
        {
            return money;
        }

        errors.Add(new Bilingual($"{zh}「{text}」不是有效金额（最多两位小数）", $"The {en} \"{text}\" is not a valid amount (at most two decimals)"));
        return Money.Zero;
    }

    public static int Int(string? text, int fallback, string zh, string en, List<Bilingual> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new Bilingual($"{zh}「{text}」不是有效整数", $"The {en} \"{text}\" is not a whole number"));
        return fallback;
    }

    public static int? OptionalInt(string? text, string zh, string en, List<Bilingual> errors) =>
        string.IsNullOrWhiteSpace(text) ? null : Int(text, 0, zh, en, errors);

    /// <summary>"95" or "95.5" (percent) to basis points.</summary>
    public static int Percent(string? text, int fallback, string zh, string en, List<Bilingual> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (decimal.TryParse(text.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var percent)
            && percent is >= -1_000_000 and <= 1_000_000 && percent * 100 == decimal.Truncate(percent * 100))
        {
            return (int)(percent * 100);
        }

        errors.Add(new Bilingual($"{zh}「{text}」不是有效百分比（最多两位小数）", $"The {en} \"{text}\" is not a valid percentage (at most two decimals)"));
        return fallback;
    }

    public static string PercentText(int basisPoints) => (basisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture);
}

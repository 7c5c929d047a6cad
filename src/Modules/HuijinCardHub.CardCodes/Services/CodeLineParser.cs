using System.Globalization;
using HuijinCardHub.Text;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// One import line to a code: the code alone, or card number and password split by "----", a tab,
/// a comma or spaces (tried in that order). Anything that could hurt a page or a log is refused.
/// </summary>
internal static class CodeLineParser
{
    public const int MaxLength = 512;

    public static readonly Bilingual Empty = new("空行", "Empty line");
    public static readonly Bilingual TooLong = new($"超过 {MaxLength} 个字符", $"Longer than {MaxLength} characters");
    public static readonly Bilingual ControlCharacter = new("含控制字符或不可见字符", "Contains control or invisible characters");
    public static readonly Bilingual Html = new("含 HTML 字符 < 或 >", "Contains the HTML characters < or >");
    public static readonly Bilingual Undecodable = new("含无法识别的字符（请检查文件编码）", "Contains unreadable characters (check the file's encoding)");
    public static readonly Bilingual BadShape = new(
        "格式无法识别：每行一个卡密，或卡号与密码以 ----、Tab、逗号或空格分隔",
        "Unrecognized format: one code per line, or card number and password separated by ----, tab, comma or space");

    public static (CodeText Code, Bilingual? Problem) Parse(string line, bool tooLong)
    {
        if (tooLong || line.Length > MaxLength)
        {
            return (default, TooLong);
        }

        var text = line.Trim();
        if (text.Length == 0)
        {
            return (default, Empty);
        }

        foreach (var c in text)
        {
            if (c == '\t')
            {
                continue;
            }

            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return (default, ControlCharacter);
            }

            if (c is '<' or '>')
            {
                return (default, Html);
            }

            if (c == '\uFFFD')
            {
                return (default, Undecodable);
            }
        }

        var parts = Split(text);
        if (parts.Length > 2 || parts.Any(p => p.Length == 0))
        {
            return (default, BadShape);
        }

        return (new CodeText(parts[0], parts.Length == 2 ? parts[1] : null), null);
    }

    private static string[] Split(string text)
    {
        if (text.Contains("----", StringComparison.Ordinal))
        {
            return text.Split("----", StringSplitOptions.TrimEntries);
        }

        if (text.Contains('\t', StringComparison.Ordinal))
        {
            return text.Split('\t', StringSplitOptions.TrimEntries);
        }

        if (text.Contains(',', StringComparison.Ordinal))
        {
            return text.Split(',', StringSplitOptions.TrimEntries);
        }

        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }
}

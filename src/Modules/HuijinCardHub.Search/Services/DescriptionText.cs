using System.Net;
using System.Text.RegularExpressions;

namespace HuijinCardHub.Search.Services;

/// <summary>The words of a (sanitized) HTML description, without tags: markup must not be searchable.</summary>
internal static partial class DescriptionText
{
    /// <summary>Enough for any real description; bounds the index size of a pasted novel.</summary>
    public const int MaxLength = 10_000;

    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tags();
}

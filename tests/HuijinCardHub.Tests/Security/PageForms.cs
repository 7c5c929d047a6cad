using System.Net;
using System.Text.RegularExpressions;

namespace HuijinCardHub.Tests.Security;

/// <summary>A form as a browser sees it on a page: where it posts and the names of its fields.</summary>
internal sealed record PageForm(string Page, string Action, IReadOnlyList<string> Fields)
{
    public const string TokenField = "__RequestVerificationToken";

    public override string ToString() => $"{Action} (on {Page})";
}

/// <summary>Finds the POST forms of a page, so new forms are covered by the hostile-input tests without listing them.</summary>
internal static partial class PageForms
{
    [GeneratedRegex("""<form\b(?<attrs>[^>]*)>(?<body>.*?)</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("""\baction="(?<v>[^"]*)" """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ActionPattern();

    [GeneratedRegex("""\bmethod="post" """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex PostPattern();

    [GeneratedRegex("""<(?:input|select|textarea)\b[^>]*\bname="(?<v>[^"]+)" """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex FieldPattern();

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="(?<v>[^"]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TokenPattern();

    public static IReadOnlyList<PageForm> Find(string page, string html)
    {
        var path = page.Split('?')[0];
        return FormPattern().Matches(html)
            .Where(m => PostPattern().IsMatch(m.Groups["attrs"].Value))
            .Select(m =>
            {
                var action = ActionPattern().Match(m.Groups["attrs"].Value) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups["v"].Value) : path;
                var fields = FieldPattern().Matches(m.Groups["body"].Value).Select(f => WebUtility.HtmlDecode(f.Groups["v"].Value))
                    .Where(n => n != PageForm.TokenField).Distinct().ToList();
                return new PageForm(page, string.IsNullOrEmpty(action) ? path : action, fields);
            })
            .ToList();
    }

    public static string? Token(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["v"].Value) : null;
}

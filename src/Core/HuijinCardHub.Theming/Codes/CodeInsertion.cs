using System.Text;
using System.Text.Encodings.Web;
using HuijinCardHub.Text;
using HuijinCardHub.Theming.Liquid;
using HuijinCardHub.Theming.Liquid.Limits;

namespace HuijinCardHub.Theming.Codes;

/// <summary>
/// The second pass of a page with codes: the finished page is copied with each line's codes written at the marks
/// the <c>{% delivered_codes %}</c> tag left, where the page is plain text (<see cref="HtmlTextPositions"/>).
/// The codes are HTML-encoded, in elements only (never in an attribute), each with a copy button that the theme's
/// script shows.
/// </summary>
internal static class CodeInsertion
{
    private static readonly Bilingual Replaced = new("已更换", "Replaced");
    private static readonly Bilingual Copy = new("复制", "Copy");
    private static readonly Bilingual Copied = new("已复制", "Copied");

    /// <summary>The page itself when it has no marks or no codes; else a new page (the old one is disposed).</summary>
    public static PageBuffer Apply(PageBuffer page, IReadOnlyDictionary<int, IReadOnlyList<CodeOnPage>>? codes, HtmlEncoder encoder, RenderBudget budget)
    {
        var marks = page.CodeMarks;
        if (marks.Count == 0 || codes is null)
        {
            return page;
        }

        var safe = HtmlTextPositions.AreText(page.Written, marks.Select(m => m.Offset).ToList());
        var blocks = marks.Select((mark, i) => safe[i] ? Block(codes, mark.Line, encoder) : "").ToList();
        var filled = new PageBuffer(page.Written.Length + blocks.Sum(b => b.Length), budget);
        try
        {
            var from = 0;
            for (var i = 0; i < marks.Count; i++)
            {
                filled.Write(page.Written[from..marks[i].Offset]);
                filled.Write(blocks[i]);
                from = marks[i].Offset;
            }

            filled.Write(page.Written[from..]);
        }
        catch
        {
            filled.Dispose();
            throw;
        }

        page.Dispose();
        return filled;
    }

    private static string Block(IReadOnlyDictionary<int, IReadOnlyList<CodeOnPage>> codes, int line, HtmlEncoder encoder)
    {
        var shown = line > 0
            ? codes.TryGetValue(line, out var ofLine) ? ofLine : []
            : codes.OrderBy(p => p.Key).SelectMany(p => p.Value).ToList();
        if (shown.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<ol class=\"codes\">");
        foreach (var code in shown)
        {
            html.Append("<li class=\"code").Append(code.Replaced ? " code-replaced" : "").Append("\" data-code-id=\"").Append(code.Id).Append("\">");
            html.Append(code.Replaced ? "<s>" : "");
            html.Append("<code class=\"code-number\">").Append(encoder.Encode(code.CardNumber)).Append("</code>");
            if (!string.IsNullOrEmpty(code.Password))
            {
                html.Append(" <code class=\"code-password\">").Append(encoder.Encode(code.Password)).Append("</code>");
            }

            html.Append(code.Replaced ? "</s> <span class=\"badge\">" + encoder.Encode(Replaced.ToString()) + "</span>" : "");
            html.Append(" <button type=\"button\" class=\"copy-code\" hidden data-copied=\"").Append(encoder.Encode(Copied.ToString())).Append("\">")
                .Append(encoder.Encode(Copy.ToString())).Append("</button></li>");
        }

        return html.Append("</ol>").ToString();
    }
}

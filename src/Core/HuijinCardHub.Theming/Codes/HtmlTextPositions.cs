namespace HuijinCardHub.Theming.Codes;

/// <summary>
/// Tells whether places in a finished page are plain text between elements, as a browser would read the page up
/// to there. Codes are written only at such a place: a template that opens <c>&lt;img src='https://…?</c> (or a
/// comment, a textarea, a style, a select) before the tag would otherwise get the codes into a URL or a form.
/// When in doubt (markup the browser reads in a way this scanner does not follow) the answer is no.
/// </summary>
internal static class HtmlTextPositions
{
    /// <summary>Elements whose content is not markup: the page goes on after their end tag only.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    /// <summary>Elements whose text may be sent in a form or parsed otherwise (foreign content): no codes inside.</summary>
    private static readonly HashSet<string> Guarded = new(StringComparer.Ordinal)
    {
        "select", "option", "optgroup", "datalist", "selectedcontent", "template", "svg", "math", "object", "form",
    };

    /// <summary>For each offset (ascending), whether it is in plain text outside any guarded element.</summary>
    /// <remarks>Markup left open at the end of the page "ends" one past it, so the page's last place is not text either.</remarks>
    public static bool[] AreText(ReadOnlySpan<char> html, IReadOnlyList<int> offsets)
    {
        var answers = new bool[offsets.Count];
        var next = 0;
        var guarded = 0;
        var unsure = false;
        var i = 0;
        while (next < offsets.Count)
        {
            // Every offset passed while inside markup stays false.
            while (next < offsets.Count && offsets[next] < i)
            {
                next++;
            }

            while (next < offsets.Count && offsets[next] == i)
            {
                answers[next++] = guarded == 0 && !unsure;
            }

            if (i >= html.Length)
            {
                break;
            }

            if (html[i] != '<')
            {
                i++;
                continue;
            }

            i = SkipMarkup(html, i, ref guarded, ref unsure);
        }

        return answers;
    }

    /// <summary>From a '&lt;' in text: past the tag, comment or raw-text element it opens; the index after it.</summary>
    private static int SkipMarkup(ReadOnlySpan<char> html, int start, ref int guarded, ref bool unsure)
    {
        var rest = html[start..];
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            return SkipComment(html, start + 4);
        }

        if (rest.Length > 1 && (rest[1] is '!' or '?' || (rest[1] == '/' && rest.Length > 2 && !char.IsAsciiLetter(rest[2]))))
        {
            // Bogus comment (doctype, "<?", "</ "), up to the next '>'; "</>" is dropped the same way.
            return UpTo(html, start + 1, '>');
        }

        var isEnd = rest.Length > 1 && rest[1] == '/';
        var nameStart = start + (isEnd ? 2 : 1);
        if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
        {
            return start + 1; // a '<' that opens nothing is text
        }

        var nameEnd = nameStart;
        while (nameEnd < html.Length && !IsSpace(html[nameEnd]) && html[nameEnd] is not '/' and not '>')
        {
            nameEnd++;
        }

        var name = html[nameStart..nameEnd].ToString().ToLowerInvariant();
        var (after, selfClosing) = SkipAttributes(html, nameEnd);
        if (isEnd)
        {
            guarded -= Guarded.Contains(name) && guarded > 0 ? 1 : 0;
            return after;
        }

        if (RawText.Contains(name))
        {
            return SkipRawText(html, after, name, ref unsure);
        }

        if (Guarded.Contains(name) && !(selfClosing && name is "svg" or "math"))
        {
            guarded++;
        }

        return after;
    }

    /// <summary>Attributes, quoted or not, up to the '&gt;' that ends the tag.</summary>
    private static (int After, bool SelfClosing) SkipAttributes(ReadOnlySpan<char> html, int i)
    {
        var selfClosing = false;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                return (i + 1, selfClosing);
            }

            selfClosing = c == '/';
            if (c == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    i = UpTo(html, i + 1, html[i]);
                    continue;
                }

                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }

                continue;
            }

            i++;
        }

        return (html.Length + 1, false);
    }

    private static int SkipComment(ReadOnlySpan<char> html, int i)
    {
        // "<!-->" and "<!--->" end at once, as browsers read them.
        if (html[i..].StartsWith(">", StringComparison.Ordinal))
        {
            return i + 1;
        }

        if (html[i..].StartsWith("->", StringComparison.Ordinal))
        {
            return i + 2;
        }

        for (; i < html.Length; i++)
        {
            if (html[i..].StartsWith("-->", StringComparison.Ordinal))
            {
                return i + 3;
            }

            if (html[i..].StartsWith("--!>", StringComparison.Ordinal))
            {
                return i + 4;
            }
        }

        return html.Length + 1;
    }

    private static int SkipRawText(ReadOnlySpan<char> html, int i, string name, ref bool unsure)
    {
        if (name == "plaintext")
        {
            return html.Length + 1;
        }

        for (; i < html.Length; i++)
        {
            if (name == "script" && html[i..].StartsWith("<!--", StringComparison.Ordinal))
            {
                // A script's "<!--" can make a later </script> not end it: whatever follows is not trusted as text.
                unsure = true;
            }

            if (html[i] == '<' && i + 2 + name.Length <= html.Length && html[i + 1] == '/'
                && html.Slice(i + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (i + 2 + name.Length == html.Length || IsSpace(html[i + 2 + name.Length]) || html[i + 2 + name.Length] is '/' or '>'))
            {
                return SkipAttributes(html, i + 2 + name.Length).After;
            }
        }

        return html.Length + 1;
    }

    private static int UpTo(ReadOnlySpan<char> html, int i, char end)
    {
        var found = html[i..].IndexOf(end);
        return found < 0 ? html.Length + 1 : i + found + 1;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}

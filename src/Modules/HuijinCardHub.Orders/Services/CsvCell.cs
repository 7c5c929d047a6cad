using System.Text;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// One CSV cell, safe to open in Excel or WPS: a text starting with = + - @ (or a tab or carriage return) is
/// prefixed with a quote so it is never run as a formula, and anything with a comma, quote or line break is quoted.
/// </summary>
internal static class CsvCell
{
    public static string Of(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static string Line(IEnumerable<string?> cells)
    {
        var line = new StringBuilder();
        foreach (var cell in cells)
        {
            if (line.Length > 0)
            {
                line.Append(',');
            }

            line.Append(Of(cell));
        }

        return line.Append("\r\n").ToString();
    }
}

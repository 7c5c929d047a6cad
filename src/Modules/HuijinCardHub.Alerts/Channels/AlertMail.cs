using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HuijinCardHub.Alerts.Domain;

namespace HuijinCardHub.Alerts.Channels;

/// <summary>The e-mail for an alert: both languages, every value encoded.</summary>
internal static class AlertMail
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Subject(Alert alert) =>
        $"[{AlertLabels.Of(alert.Severity).Chinese}] {alert.TitleZh} / {alert.TitleEn}";

    /// <param name="alertCentre">The admin's alert centre on the shop's public address.</param>
    public static string Body(Alert alert, string alertCentre)
    {
        var html = new StringBuilder();
        html.Append("<h2>").Append(Encoder.Encode(alert.TitleZh)).Append("</h2><p>")
            .Append(Encoder.Encode(alert.TitleEn)).Append("</p><table>");
        Row(html, "级别 / Severity", AlertLabels.Of(alert.Severity).Chinese + " / " + AlertLabels.Of(alert.Severity).English);
        Row(html, "类型 / Kind", alert.Kind);
        Row(html, "对象 / Reference", alert.Reference);
        Row(html, "次数 / Count", alert.Count.ToString(CultureInfo.InvariantCulture));
        Row(html, "首次 / First seen (UTC)", alert.FirstSeenUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        Row(html, "最近 / Last seen (UTC)", alert.LastSeenUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        html.Append("</table>");
        if (!string.IsNullOrEmpty(alert.Detail))
        {
            html.Append("<pre>").Append(Encoder.Encode(alert.Detail)).Append("</pre>");
        }

        var link = $"<a href=\"{Encoder.Encode(alertCentre)}\">{Encoder.Encode(alertCentre)}</a>";
        html.Append("<p>请到后台「告警中心」处理：").Append(link).Append(" / Handle it in the admin's alert centre: ").Append(link).Append("</p>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><th align=\"left\">").Append(Encoder.Encode(label)).Append("</th><td>")
            .Append(Encoder.Encode(value)).Append("</td></tr>");
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using HuijinCardHub.Admin;
using HuijinCardHub.Alerts.Services;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Alerts.Dashboard;

/// <summary>How many alerts wait for someone, with a link to the alert centre.</summary>
internal sealed class OpenAlertsWidget : IDashboardWidget
{
    public int Order => -900;

    public string? Permission => Permissions.ViewAlerts.Name;

    public async Task<string> RenderAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var counts = await services.GetRequiredService<AlertBoard>().CountOpenAsync(cancellationToken);
        var encoder = services.GetService<HtmlEncoder>() ?? HtmlEncoder.Default;
        var tone = counts.Critical > 0 ? "text-danger" : counts.Open > 0 ? "text-warning" : "text-success";
        var html = new StringBuilder();
        html.Append("<div class=\"card\" id=\"open-alerts-widget\"><div class=\"card-header\"><h3 class=\"card-title\">")
            .Append(encoder.Encode(new Bilingual("告警", "Alerts").ToString()))
            .Append("</h3></div><div class=\"card-body\"><div class=\"h1 mb-1 ").Append(tone).Append("\" data-open-alerts=\"")
            .Append(counts.Open.ToString(CultureInfo.InvariantCulture)).Append("\">")
            .Append(counts.Open.ToString(CultureInfo.InvariantCulture)).Append("</div><div class=\"text-secondary\">")
            .Append(encoder.Encode(new Bilingual(
                $"待处理，其中严重 {counts.Critical}；已确认未解决 {counts.Acknowledged}",
                $"open, {counts.Critical} critical; {counts.Acknowledged} acknowledged but unresolved").ToString()))
            .Append("</div><a class=\"btn btn-sm mt-2\" href=\"/admin/alerts\">")
            .Append(encoder.Encode(new Bilingual("打开告警中心", "Open the alert centre").ToString()))
            .Append("</a></div></div>");
        return html.ToString();
    }
}

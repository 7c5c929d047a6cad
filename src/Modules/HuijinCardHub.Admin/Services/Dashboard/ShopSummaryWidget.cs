using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using HuijinCardHub.Shells;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Admin.Services.Dashboard;

/// <summary>The first card on the dashboard: which shop this is, how many features run, the server's UTC time.</summary>
internal sealed class ShopSummaryWidget : IDashboardWidget
{
    public int Order => -1000;

    public string? Permission => "AccessAdmin";

    public async Task<string> RenderAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var site = await services.GetRequiredService<ISiteAccessor>().GetCurrentAsync(cancellationToken);
        var features = services.GetRequiredService<IShellFeatures>();
        var now = services.GetService<IClock>()?.UtcNow ?? DateTime.UtcNow;
        // The host's encoder, so Chinese is written as text when the host allows it.
        var encoder = services.GetService<HtmlEncoder>() ?? HtmlEncoder.Default;

        var html = new StringBuilder();
        html.Append("<div class=\"card\"><div class=\"card-header\"><h3 class=\"card-title\">")
            .Append(encoder.Encode(new Bilingual("店铺概况", "Shop summary").ToString()))
            .Append("</h3></div><div class=\"card-body\"><dl class=\"row mb-0\">");
        Row(html, encoder, new Bilingual("店铺名称", "Shop name"), site.Name);
        Row(html, encoder, new Bilingual("已启用功能", "Enabled features"),
            features.Enabled.Count.ToString(CultureInfo.InvariantCulture));
        Row(html, encoder, new Bilingual("服务器时间 (UTC)", "Server time (UTC)"),
            now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        html.Append("</dl></div></div>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, HtmlEncoder encoder, Bilingual label, string value) =>
        html.Append("<dt class=\"col-6\">").Append(encoder.Encode(label.ToString()))
            .Append("</dt><dd class=\"col-6\">").Append(encoder.Encode(value)).Append("</dd>");
}

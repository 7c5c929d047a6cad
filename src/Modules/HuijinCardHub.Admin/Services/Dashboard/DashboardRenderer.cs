using System.Security.Claims;
using System.Text.Encodings.Web;
using HuijinCardHub.Text;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Admin.Services.Dashboard;

/// <summary>Renders the widgets a user may see, in their order. One broken widget does not take the dashboard down.</summary>
internal sealed partial class DashboardRenderer(IEnumerable<IDashboardWidget> widgets, ILogger<DashboardRenderer> logger)
{
    public async Task<IReadOnlyList<string>> RenderAsync(IServiceProvider services, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var html = new List<string>();
        foreach (var widget in widgets.OrderBy(w => w.Order))
        {
            if (!await PermissionGate.AllowsAsync(services, user, widget.Permission))
            {
                continue;
            }

            try
            {
                html.Add(await widget.RenderAsync(services, cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogWidgetFailed(logger, widget.GetType().FullName, ex);
                html.Add(FailedCard(widget));
            }
        }

        return html;
    }

    private static string FailedCard(IDashboardWidget widget)
    {
        var message = new Bilingual("此卡片暂时无法显示", "This card cannot be shown right now").ToString();
        return $"<div class=\"card\"><div class=\"card-body text-secondary\">{HtmlEncoder.Default.Encode(message)}"
            + $" <small>({HtmlEncoder.Default.Encode(widget.GetType().Name)})</small></div></div>";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dashboard widget {Widget} failed")]
    private static partial void LogWidgetFailed(ILogger logger, string? widget, Exception exception);
}

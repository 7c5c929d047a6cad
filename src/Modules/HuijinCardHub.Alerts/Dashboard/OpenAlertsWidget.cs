using System.Security.Claims;
using HuijinCardHub.Admin;
using HuijinCardHub.Alerts.Services;

namespace HuijinCardHub.Alerts.Dashboard;

/// <summary>How many alerts wait for someone, with a link to the alert centre.</summary>
internal sealed class OpenAlertsWidget(AlertBoard board) : IDashboardWidget
{
    public int Order => -900;

    public string? Permission => Permissions.ViewAlerts.Name;

    public async Task<DashboardCard?> LoadAsync(ClaimsPrincipal viewer, CancellationToken cancellationToken)
    {
        var counts = await board.CountOpenAsync(cancellationToken);
        return new DashboardCard("~/Views/Dashboard/OpenAlerts.cshtml", new OpenAlertsCard(counts.Open, counts.Acknowledged, counts.Critical));
    }
}

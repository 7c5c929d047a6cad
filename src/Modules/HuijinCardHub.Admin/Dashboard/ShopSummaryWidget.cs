using System.Security.Claims;
using HuijinCardHub.Shells;
using HuijinCardHub.Sites;
using HuijinCardHub.Time;

namespace HuijinCardHub.Admin.Dashboard;

/// <summary>The first card on the dashboard: which shop this is, how many features run, the server's UTC time.</summary>
internal sealed class ShopSummaryWidget(ISiteAccessor sites, IShellFeatures features, IClock clock) : IDashboardWidget
{
    public int Order => -1000;

    public string? Permission => "AccessAdmin";

    public async Task<DashboardCard?> LoadAsync(ClaimsPrincipal viewer, CancellationToken cancellationToken)
    {
        var site = await sites.GetCurrentAsync(cancellationToken);
        return new DashboardCard("~/Views/Dashboard/ShopSummary.cshtml", new ShopSummaryCard(site.Name, features.Enabled.Count, clock.UtcNow));
    }
}

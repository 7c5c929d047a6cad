using System.Security.Claims;

namespace HuijinCardHub.Admin;

/// <summary>
/// A card on the admin dashboard, from any module. It loads its figures and names the partial view that draws them
/// (a view of its own module, e.g. "~/Views/Dashboard/TodayOrders.cshtml"), so the HTML is Razor's, encoded as any
/// page is. Registered as a scoped service; its own services come by constructor.
/// </summary>
public interface IDashboardWidget
{
    int Order => 0;

    /// <summary>The permission a viewer needs to see the card; null for every member of staff.</summary>
    string? Permission => null;

    /// <summary>The card for this viewer, or null when there is nothing to say (a reminder that does not apply).</summary>
    Task<DashboardCard?> LoadAsync(ClaimsPrincipal viewer, CancellationToken cancellationToken);
}

using System.Security.Claims;
using HuijinCardHub.Admin.Services;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Admin.Dashboard;

/// <summary>Loads the cards a user may see, in their order. One broken widget does not take the dashboard down.</summary>
internal sealed partial class DashboardCards(IEnumerable<IDashboardWidget> widgets, PermissionGate gate, ILogger<DashboardCards> logger)
{
    public async Task<IReadOnlyList<DashboardCard>> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var cards = new List<DashboardCard>();
        foreach (var widget in widgets.OrderBy(w => w.Order))
        {
            if (!await gate.AllowsAsync(user, widget.Permission))
            {
                continue;
            }

            try
            {
                if (await widget.LoadAsync(user, cancellationToken) is { } card)
                {
                    cards.Add(card);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogWidgetFailed(logger, widget.GetType().FullName, ex);
                cards.Add(new DashboardCard("~/Views/Dashboard/FailedCard.cshtml", new FailedCard(widget.GetType().Name)));
            }
        }

        return cards;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dashboard widget {Widget} failed")]
    private static partial void LogWidgetFailed(ILogger logger, string? widget, Exception exception);
}

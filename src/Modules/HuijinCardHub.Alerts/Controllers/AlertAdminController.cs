using System.Globalization;
using HuijinCardHub.Admin;
using HuijinCardHub.Alerts.Domain;
using HuijinCardHub.Alerts.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Alerts.Controllers;

/// <summary>Staff: the alert centre, open alerts first; acknowledge (seen, being handled) and resolve (done).</summary>
[RequirePermission("ViewAlerts")]
[Route("admin/alerts")]
internal sealed class AlertAdminController(AlertBoard board, IPermissionChecker permissions, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? kind, string? status, int page, CancellationToken cancellationToken)
    {
        AlertStatus? wanted = Enum.TryParse<AlertStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var list = await Board.ListAsync(kind, wanted, page, cancellationToken);
        var canManage = await permissions.HasAsync(User, Permissions.ManageAlerts);
        return View(list with { CanManage = canManage });
    }

    [HttpPost("{id:long}/acknowledge")]
    [RequirePermission("ManageAlerts")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Acknowledge(long id, string? returnQuery, CancellationToken cancellationToken)
    {
        if (await Board.AcknowledgeAsync(id, Staff, cancellationToken))
        {
            await AuditAsync("alerts.acknowledge", id, cancellationToken);
            desk.Notice(new Bilingual("已确认告警", "Alert acknowledged"));
        }
        else
        {
            desk.Error(new Bilingual("该告警不是待处理状态", "This alert is not open"));
        }

        return BackToList(returnQuery);
    }

    [HttpPost("{id:long}/resolve")]
    [RequirePermission("ManageAlerts")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Resolve(long id, string? returnQuery, CancellationToken cancellationToken)
    {
        if (await Board.ResolveAsync(id, Staff, cancellationToken))
        {
            await AuditAsync("alerts.resolve", id, cancellationToken);
            desk.Notice(new Bilingual("已解决告警", "Alert resolved"));
        }
        else
        {
            desk.Error(new Bilingual("该告警已解决或不存在", "This alert is already resolved or does not exist"));
        }

        return BackToList(returnQuery);
    }

    private AlertBoard Board => board;

    private string Staff => User.Identity?.Name ?? "";

    /// <summary>Only our own list's query string comes back, never an address.</summary>
    private RedirectResult BackToList(string? returnQuery) =>
        Redirect(Url.Content("~/admin/alerts") + (returnQuery is { Length: > 1 } q && q[0] == '?' && !q.Contains("//", StringComparison.Ordinal) ? q : ""));

    private Task AuditAsync(string action, long id, CancellationToken cancellationToken) =>
        desk.AuditAsync(action, "alert:" + id.ToString(CultureInfo.InvariantCulture), null, cancellationToken);
}

using HuijinCardHub.Admin.Models;
using HuijinCardHub.Admin.Services.Audit;
using HuijinCardHub.Security;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Admin.Controllers;

[RequirePermission("ViewAuditLog")]
internal sealed class AuditLogAdminController(AuditLogQuery query) : Controller
{
    [HttpGet("/admin/audit")]
    public async Task<IActionResult> Index([FromQuery] string? user, [FromQuery(Name = "action")] string? verb, [FromQuery] int page = 1, CancellationToken cancellationToken = default)
    {
        var entries = await query.ListAsync(user, verb, page, cancellationToken);
        var actions = await query.ActionsAsync(cancellationToken);
        return View(new AuditListModel(entries, user?.Trim(), verb?.Trim(), actions));
    }
}

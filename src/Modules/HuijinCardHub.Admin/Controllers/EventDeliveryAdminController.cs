using HuijinCardHub.Admin.Models;
using HuijinCardHub.Events;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Admin.Controllers;

/// <summary>Durable event deliveries that have not gone through (waiting for a switched-off feature, failing, dead), and the retry of a dead one.</summary>
[RequirePermission("ManageEventDeliveries")]
[Route("admin/events")]
internal sealed class EventDeliveryAdminController(IEventDeliveries deliveries, IAdminDesk desk) : Controller
{
    private const int Shown = 500;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new EventDeliveryListModel(await deliveries.ListStuckAsync(Shown, cancellationToken)));

    [HttpPost("{id:long}/retry")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Retry(long id, CancellationToken cancellationToken)
    {
        if (await deliveries.RetryDeadAsync(id, cancellationToken))
        {
            await desk.AuditAsync("events.retry", id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, cancellationToken);
            desk.Notice(new Bilingual($"投递 {id} 已重新排队", $"Delivery {id} is queued again"));
        }
        else
        {
            desk.Error(new Bilingual($"投递 {id} 不是失败停止状态（可能已重试）", $"Delivery {id} is not dead (it may have been retried already)"));
        }

        return RedirectToAction(nameof(Index));
    }
}

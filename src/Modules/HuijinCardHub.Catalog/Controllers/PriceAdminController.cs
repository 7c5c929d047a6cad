using HuijinCardHub.Admin;
using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Catalog.Controllers;

/// <summary>The price change log, and re-pricing the goods that follow their cost.</summary>
[RequirePermission("ManagePrices")]
[Route("admin/catalog/prices")]
internal sealed class PriceAdminController(PriceLog log, GoodsService goods, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await log.ListAsync(300, cancellationToken));

    [HttpPost("apply-rules")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ApplyRules(CancellationToken cancellationToken)
    {
        var moved = await goods.ApplyDynamicRulesAsync(desk.Actor, cancellationToken);
        await desk.AuditAsync("catalog.prices.apply-rules", moved.ToString(System.Globalization.CultureInfo.InvariantCulture), null, cancellationToken);
        desk.Notice(new Bilingual($"已按动态定价规则调整 {moved} 个价格", $"{moved} prices changed by the dynamic pricing rules"));
        return RedirectToAction(nameof(Index));
    }
}

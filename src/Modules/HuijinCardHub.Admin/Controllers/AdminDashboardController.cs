using HuijinCardHub.Admin.Dashboard;
using HuijinCardHub.Security;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Admin.Controllers;

[RequirePermission("AccessAdmin")]
internal sealed class AdminDashboardController(DashboardCards cards) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        return View(await cards.LoadAsync(User, cancellationToken));
    }
}

using HuijinCardHub.Admin.Services.Dashboard;
using HuijinCardHub.Security;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Admin.Controllers;

[RequirePermission("AccessAdmin")]
public sealed class AdminDashboardController : AdminControllerBase
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var widgets = await Service<DashboardRenderer>().RenderAsync(HttpContext.RequestServices, User, cancellationToken);
        return View(widgets);
    }
}

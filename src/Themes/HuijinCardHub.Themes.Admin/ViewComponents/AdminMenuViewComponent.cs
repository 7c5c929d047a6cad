using HuijinCardHub.Themes.Admin.Navigation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Themes.Admin.ViewComponents;

/// <summary>The sidebar menu of <c>_AdminLayout</c>.</summary>
public sealed class AdminMenuViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var builder = ActivatorUtilities.GetServiceOrCreateInstance<AdminMenuBuilder>(HttpContext.RequestServices);
        var groups = await builder.BuildAsync(UserClaimsPrincipal, HttpContext.Request.Path.Value ?? "/");
        return View(groups);
    }
}

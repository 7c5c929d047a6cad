using HuijinCardHub.Admin.Models;
using HuijinCardHub.Admin.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Shells;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Admin.Controllers;

/// <summary>Switches features on and off: a confirmation page shows the whole plan before anything changes.</summary>
[RequirePermission("ManageFeatures")]
[Route("admin/features")]
internal sealed class FeatureAdminController(IShellFeatures features, FeatureDirectory directory, IAdminDesk desk) : Controller
{
    private const string ChangeRoute = "{change:regex(^(enable|disable)$)}/{id}";

    [HttpGet("")]
    public IActionResult Index() => View(Directory().Categories());

    [HttpGet(ChangeRoute)]
    public IActionResult Confirm(string change, string id)
    {
        var feature = Directory().Find(id);
        if (feature is null || feature.Info.IsTheme)
        {
            return NotFound();
        }

        var plan = change == FeatureChanges.Enable ? features.PlanEnable([id]) : features.PlanDisable([id]);
        var directory = Directory();
        return View(new FeatureConfirmModel(
            change,
            feature,
            [.. plan.ToEnable.Where(f => f != id).Select(directory.NameOf)],
            [.. plan.ToDisable.Where(f => f != id).Select(directory.NameOf)],
            [.. plan.Errors.Select(e => e.ToString())]));
    }

    [HttpPost(ChangeRoute)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Apply(string change, string id, CancellationToken cancellationToken)
    {
        var feature = Directory().Find(id);
        if (feature is null || feature.Info.IsTheme)
        {
            return NotFound();
        }

        FeatureChangePlan plan;
        try
        {
            plan = change == FeatureChanges.Enable
                ? await features.EnableAsync([id], cancellationToken)
                : await features.DisableAsync([id], cancellationToken);
        }
        catch (ShopException ex)
        {
            desk.Error(ex.Text);
            return RedirectToAction(nameof(Confirm), new { change, id });
        }

        var detail = $"enabled: [{string.Join(", ", plan.ToEnable)}]; disabled: [{string.Join(", ", plan.ToDisable)}]";
        await desk.AuditAsync("feature." + change, id, detail, cancellationToken);
        desk.Notice(change == FeatureChanges.Enable
            ? new Bilingual($"已启用「{feature.Name}」", $"Enabled \"{feature.Name}\"")
            : new Bilingual($"已停用「{feature.Name}」", $"Disabled \"{feature.Name}\""));
        // The shell was swapped: a fresh request sees the new menu and routes.
        return RedirectToAction(nameof(Index));
    }

    private FeatureDirectory Directory() => directory;
}

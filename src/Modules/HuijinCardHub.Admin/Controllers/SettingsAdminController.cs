using HuijinCardHub.Admin.Models;
using HuijinCardHub.Admin.Services;
using HuijinCardHub.Admin.Services.Settings;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Admin.Controllers;

/// <summary>One generic form per settings section that an enabled feature offers.</summary>
[RequirePermission("ManageSettings")]
[Route("admin/settings")]
internal sealed class SettingsAdminController(
    SettingsSectionCatalog catalog, SettingsSectionStore store, SettingsForm form, PermissionGate gate, ISudoMode sudo, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var visible = new List<SettingsSection>();
        foreach (var section in catalog.List())
        {
            if (await MayEditAsync(section))
            {
                visible.Add(section);
            }
        }

        return View(visible);
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var section = catalog.Find(name);
        if (section is null || !await MayEditAsync(section))
        {
            return section is null ? NotFound() : Forbid();
        }

        if (await NeedsSudoAsync(section, cancellationToken))
        {
            return Redirect(SudoConfirmation.UrlFor(Request));
        }

        var current = await store.LoadAsync(section.Type, cancellationToken);
        return View(new SettingsEditModel(section, form.Fields(section.Type, current), []));
    }

    [HttpPost("{name}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string name, CancellationToken cancellationToken)
    {
        var section = catalog.Find(name);
        if (section is null || !await MayEditAsync(section))
        {
            return section is null ? NotFound() : Forbid();
        }

        // Checked before the form is read: a post without sudo changes nothing.
        if (await NeedsSudoAsync(section, cancellationToken))
        {
            return Redirect(SudoConfirmation.UrlFor(Request));
        }

        var posted = await Request.ReadFormAsync(cancellationToken);
        var current = await store.LoadAsync(section.Type, cancellationToken);
        var errors = form.Apply(section.Type, current, posted);
        if (errors.Count == 0)
        {
            try
            {
                await store.SaveAsync(section.Type, current, cancellationToken);
            }
            catch (ShopException ex)
            {
                errors = [ex.Text];
            }
        }

        if (errors.Count > 0)
        {
            // Show what was typed, not what is stored, so nothing has to be entered twice.
            var shown = await store.LoadAsync(section.Type, cancellationToken);
            return View(nameof(Edit), new SettingsEditModel(section, form.Fields(section.Type, shown, posted), [.. errors.Select(e => e.ToString())]));
        }

        await desk.AuditAsync("settings.save", section.Name, null, cancellationToken);
        desk.Notice(new Bilingual($"「{section.Title}」已保存", $"\"{section.Title}\" saved"));
        return RedirectToAction(nameof(Edit), new { name = section.Name });
    }

    private Task<bool> MayEditAsync(SettingsSection section) =>
        gate.AllowsAsync(User, section.Permission);

    /// <summary>True when the section needs sudo mode and the staff member has not confirmed recently (fails closed).</summary>
    private async Task<bool> NeedsSudoAsync(SettingsSection section, CancellationToken cancellationToken) =>
        section.NeedsSudo && !await sudo.IsActiveAsync(User, cancellationToken);
}

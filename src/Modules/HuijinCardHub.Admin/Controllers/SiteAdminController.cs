using HuijinCardHub.Admin.Models;
using HuijinCardHub.Admin.Services.Sites;
using HuijinCardHub.Security;
using HuijinCardHub.Shells;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Admin.Controllers;

/// <summary>
/// Sub-stations (分站): name, host names, theme and logo. The public address, which decides where password-reset
/// and order links in mails point, is edited on its own form behind the owner's permission and sudo mode.
/// </summary>
[RequirePermission("ManageSites")]
[Route("admin/sites")]
internal sealed class SiteAdminController(ISiteStore sites, IShellFeatures features, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sites.ListAsync(cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        var all = await sites.ListAsync(cancellationToken);
        var form = new SiteForm { Theme = all.FirstOrDefault(s => s.IsDefault)?.Theme };
        return View("Edit", new SiteEditModel(0, false, form, Themes(all), []));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var all = await sites.ListAsync(cancellationToken);
        var site = all.FirstOrDefault(s => s.Id == id);
        return site is null
            ? NotFound()
            : View(new SiteEditModel(site.Id, site.IsDefault, SiteFormReader.ToForm(site), Themes(all), [], site.PublicAddress));
    }

    [HttpPost("{id:long}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(long id, SiteForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var all = await sites.ListAsync(cancellationToken);
        var existing = all.FirstOrDefault(s => s.Id == id);
        if (id != 0 && existing is null)
        {
            return NotFound();
        }

        var errors = SiteFormReader.Validate(form, existing, all);
        Site? saved = null;
        if (errors.Count == 0)
        {
            try
            {
                saved = await sites.SaveAsync(SiteFormReader.ToSite(form, existing), cancellationToken);
            }
            catch (ShopException ex)
            {
                errors = [ex.Text];
            }
        }

        if (saved is null)
        {
            return View("Edit", new SiteEditModel(id, existing?.IsDefault ?? false, form, Themes(all), [.. errors.Select(e => e.ToString())], existing?.PublicAddress));
        }

        await desk.AuditAsync(existing is null ? "site.create" : "site.update", $"{saved.Id} {saved.Name}",
            $"hosts: {string.Join(", ", saved.HostNames)}; theme: {saved.Theme}", cancellationToken);
        desk.Notice(new Bilingual($"分站「{saved.Name}」已保存", $"Sub-station \"{saved.Name}\" saved"));
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:long}/public-address")]
    [ValidateAntiForgeryToken]
    [RequirePermission("ManageSensitiveSettings")]
    [RequireSudo]
    public async Task<IActionResult> SavePublicAddress(long id, string? publicAddress, CancellationToken cancellationToken)
    {
        var site = (await sites.ListAsync(cancellationToken)).FirstOrDefault(s => s.Id == id);
        if (site is null)
        {
            return NotFound();
        }

        // Blank falls back to the default site's address (or, for the default site, the address the host listens on).
        string? address = null;
        if (!string.IsNullOrWhiteSpace(publicAddress) && !PublicAddresses.TryNormalize(publicAddress, out address))
        {
            desk.Error(PublicAddresses.Invalid);
            return RedirectToAction(nameof(Edit), new { id });
        }

        await sites.SaveAsync(site with { PublicAddress = address }, cancellationToken);
        await desk.AuditAsync("site.public-address", $"{site.Id} {site.Name}", $"{site.PublicAddress ?? "-"} -> {address ?? "-"}", cancellationToken);
        desk.Notice(new Bilingual($"分站「{site.Name}」的公开地址已保存", $"Public address of \"{site.Name}\" saved"));
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>Theme features the host knows plus any theme a site already uses, offered as suggestions.</summary>
    private List<ThemeChoice> Themes(IReadOnlyList<Site> all) =>
    [
        .. features.Available.Where(f => f.IsTheme).Select(f => new ThemeChoice(f.Id, string.IsNullOrEmpty(f.Name) ? f.Id : f.Name))
            .Concat(all.Select(s => new ThemeChoice(s.Theme, s.Theme)))
            .Where(t => !string.IsNullOrEmpty(t.Value))
            .DistinctBy(t => t.Value, StringComparer.OrdinalIgnoreCase)
            .OrderBy(t => t.Value, StringComparer.Ordinal),
    ];
}

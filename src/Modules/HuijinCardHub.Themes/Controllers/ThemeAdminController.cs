using HuijinCardHub.Admin;
using HuijinCardHub.Security;
using HuijinCardHub.Shells;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Themes.Models;
using HuijinCardHub.Themes.Services;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Themes.Controllers;

/// <summary>
/// Which storefront theme each site uses, and that theme's settings for the site. A theme the host has but the
/// shop has not switched on yet is offered too: choosing it switches its feature on first.
/// </summary>
[RequirePermission("ManageThemes")]
[Route("admin/themes")]
internal sealed class ThemeAdminController(IThemeCatalog catalog, ISiteStore sites, IShellFeatures features, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var themes = catalog.Themes.Select(t => new ThemeRow(t, catalog.GetTemplateNames(t.Name).Count)).ToList();
        var rows = (await sites.ListAsync(cancellationToken))
            .OrderByDescending(s => s.IsDefault).ThenBy(s => s.Id)
            .Select(site =>
            {
                var theme = catalog.Find(site.Theme);
                return new SiteThemeRow(site, theme, theme is null ? [] : ThemeSettingsForm.Rows(site, theme));
            })
            .ToList();
        return View(new ThemesIndexModel(themes, rows, InstallableThemes()));
    }

    [HttpPost("sites/{siteId:long}/theme")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SetTheme(long siteId, string theme, CancellationToken cancellationToken)
    {
        var site = await FindSiteAsync(siteId, cancellationToken);
        var chosen = catalog.Find(theme ?? "");
        var installable = chosen is null ? InstallableThemes().FirstOrDefault(t => t.FeatureId == theme) : null;
        if (site is null || (chosen is null && installable is null))
        {
            return NotFound();
        }

        if (installable is not null)
        {
            // The new shell (with the theme's templates) serves the next request; this one only records the choice.
            await features.EnableAsync([installable.FeatureId], cancellationToken);
            await AuditAsync("themes.enable", installable.FeatureId, installable.Name, cancellationToken);
        }

        var name = chosen?.Name ?? installable!.ThemeName;
        var displayName = chosen?.DisplayName ?? installable!.Name;
        await sites.SaveAsync(site with { Theme = name }, cancellationToken);
        await AuditAsync("themes.choose", site.Name, name, cancellationToken);
        desk.Notice(new Bilingual($"「{site.Name}」已改用主题 {displayName}", $"\"{site.Name}\" now uses the theme {displayName}"));
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("sites/{siteId:long}/settings")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SaveSettings(long siteId, CancellationToken cancellationToken)
    {
        var site = await FindSiteAsync(siteId, cancellationToken);
        var theme = site is null ? null : catalog.Find(site.Theme);
        if (site is null || theme is null)
        {
            return NotFound();
        }

        var form = await Request.ReadFormAsync(cancellationToken);
        await sites.SaveAsync(ThemeSettingsForm.Apply(site, theme, name => form[name].ToString()), cancellationToken);
        await AuditAsync("themes.settings", site.Name, theme.Name, cancellationToken);
        desk.Notice(new Bilingual($"「{site.Name}」的主题设置已保存", $"Theme settings of \"{site.Name}\" saved"));
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Theme features the host has that are not switched on in this shop.</summary>
    private List<InstallableTheme> InstallableThemes() =>
    [
        .. features.Available
            .Where(f => f.IsTheme && !features.Enabled.Contains(f.Id, StringComparer.OrdinalIgnoreCase))
            .Select(f => new InstallableTheme(f.Id, f.Id[(f.Id.LastIndexOf('.') + 1)..], string.IsNullOrEmpty(f.Name) ? f.Id : f.Name, f.Description))
            .Where(t => catalog.Find(t.ThemeName) is null)
            .OrderBy(t => t.FeatureId, StringComparer.Ordinal),
    ];

    private async Task<Site?> FindSiteAsync(long siteId, CancellationToken cancellationToken) =>
        (await sites.ListAsync(cancellationToken)).FirstOrDefault(s => s.Id == siteId);

    private Task AuditAsync(string action, string target, string detail, CancellationToken cancellationToken) =>
        desk.AuditAsync(action, target, detail, cancellationToken);
}

using HuijinCardHub.Admin;
using HuijinCardHub.Security;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Themes.Models;
using HuijinCardHub.Themes.Services;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Themes.Controllers;

/// <summary>Which storefront theme each site uses, and that theme's settings for the site.</summary>
[RequirePermission("ManageThemes")]
[Route("admin/themes")]
public sealed class ThemeAdminController(IThemeCatalog catalog, ISiteStore sites) : Controller
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
        return View(new ThemesIndexModel(themes, rows));
    }

    [HttpPost("sites/{siteId:long}/theme")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SetTheme(long siteId, string theme, CancellationToken cancellationToken)
    {
        var site = await FindSiteAsync(siteId, cancellationToken);
        var chosen = catalog.Find(theme ?? "");
        if (site is null || chosen is null)
        {
            return NotFound();
        }

        await sites.SaveAsync(site with { Theme = chosen.Name }, cancellationToken);
        await AuditAsync("themes.choose", site.Name, chosen.Name, cancellationToken);
        TempData["Notice"] = new Bilingual($"「{site.Name}」已改用主题 {chosen.DisplayName}", $"\"{site.Name}\" now uses the theme {chosen.DisplayName}").ToString();
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
        TempData["Notice"] = new Bilingual($"「{site.Name}」的主题设置已保存", $"Theme settings of \"{site.Name}\" saved").ToString();
        return RedirectToAction(nameof(Index));
    }

    private async Task<Site?> FindSiteAsync(long siteId, CancellationToken cancellationToken) =>
        (await sites.ListAsync(cancellationToken)).FirstOrDefault(s => s.Id == siteId);

    private Task AuditAsync(string action, string target, string detail, CancellationToken cancellationToken) =>
        HttpContext.RequestServices.GetService<IAuditLog>()?.WriteAsync(action, target, detail, cancellationToken) ?? Task.CompletedTask;
}

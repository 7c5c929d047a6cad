using HuijinCardHub.Admin;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using HuijinCardHub.Themes.Models;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Themes.Controllers;

/// <summary>
/// Edit a theme's templates: the merchant's version is stored as an override (the shipped file is never
/// changed), previewed with sample data before saving, and can be reset to the original at any time.
/// </summary>
[RequirePermission("ManageThemes")]
[Route("admin/themes/{theme}/templates")]
internal sealed class TemplateAdminController(IThemeCatalog catalog, ITemplateOverrideStore overrides, ITemplatePreview preview, IAdminDesk desk) : Controller
{
    private const int MaxSourceLength = 200_000;

    [HttpGet("")]
    public async Task<IActionResult> Index(string theme, CancellationToken cancellationToken)
    {
        var info = catalog.Find(theme);
        if (info is null)
        {
            return NotFound();
        }

        var saved = (await overrides.ListAsync(info.Name, cancellationToken)).ToDictionary(o => o.Template, StringComparer.OrdinalIgnoreCase);
        var rows = catalog.GetTemplateNames(info.Name)
            .Select(name => saved.TryGetValue(name, out var o)
                ? new TemplateRow(name, true, o.UpdatedUtc, o.SwitchedOffReason, catalog.GetTemplateOwner(info.Name, name))
                : new TemplateRow(name, false, null, Owner: catalog.GetTemplateOwner(info.Name, name)))
            .ToList();
        return View(new TemplateListModel(info, rows));
    }

    [HttpGet("{template}")]
    public async Task<IActionResult> Edit(string theme, string template, CancellationToken cancellationToken)
    {
        var (info, original) = Find(theme, template);
        if (info is null || original is null)
        {
            return NotFound();
        }

        // A switched-off override is still the merchant's work: shown for fixing, with why the shop stopped using it.
        var saved = await overrides.FindAsync(info.Name, template, cancellationToken);
        return View(new TemplateEditModel(info, template, saved?.Source ?? original, saved is not null, SwitchedOff: saved?.SwitchedOffReason));
    }

    [HttpPost("{template}/preview")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Preview(string theme, string template, string? source, CancellationToken cancellationToken)
    {
        var (info, original) = Find(theme, template);
        if (info is null || original is null)
        {
            return NotFound();
        }

        source ??= "";
        var isOverridden = await overrides.FindAsync(info.Name, template, cancellationToken) is not null;
        if (source.Length > MaxSourceLength)
        {
            return View(nameof(Edit), new TemplateEditModel(info, template, source, isOverridden, Error: TooLong().ToString()));
        }

        var result = await preview.RenderAsync(info.Name, template, source, cancellationToken);
        return View(nameof(Edit), new TemplateEditModel(info, template, source, isOverridden, result.Html, result.Error?.ToString()));
    }

    [HttpPost("{template}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string theme, string template, string? source, CancellationToken cancellationToken)
    {
        var (info, original) = Find(theme, template);
        if (info is null || original is null)
        {
            return NotFound();
        }

        source ??= "";
        var problem = source.Length > MaxSourceLength ? TooLong() : preview.CheckSyntax(source);
        if (problem is not null)
        {
            var isOverridden = await overrides.FindAsync(info.Name, template, cancellationToken) is not null;
            return View(nameof(Edit), new TemplateEditModel(info, template, source, isOverridden, Error: new Bilingual("未保存：" + problem.Chinese, "Not saved: " + problem.English).ToString()));
        }

        await overrides.SaveAsync(info.Name, template, source, cancellationToken);
        await AuditAsync("themes.template.save", $"{info.Name}/{template}", cancellationToken);
        desk.Notice(new Bilingual($"模板 {template} 已保存，店面立即生效", $"Template {template} saved; the storefront uses it now"));
        return RedirectToAction(nameof(Edit), new { theme = info.Name, template });
    }

    [HttpPost("{template}/reset")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reset(string theme, string template, CancellationToken cancellationToken)
    {
        var (info, original) = Find(theme, template);
        if (info is null || original is null)
        {
            return NotFound();
        }

        await overrides.DeleteAsync(info.Name, template, cancellationToken);
        await AuditAsync("themes.template.reset", $"{info.Name}/{template}", cancellationToken);
        desk.Notice(new Bilingual($"模板 {template} 已恢复为主题原始版本", $"Template {template} is back to the theme's original"));
        return RedirectToAction(nameof(Edit), new { theme = info.Name, template });
    }

    private (ThemeInfo? Theme, string? Original) Find(string theme, string template)
    {
        var info = catalog.Find(theme);
        return info is null ? (null, null) : (info, catalog.GetOriginalSource(info.Name, template));
    }

    private static Bilingual TooLong() =>
        new($"模板过长（最多 {MaxSourceLength} 个字符）", $"The template is too long (at most {MaxSourceLength} characters)");

    private Task AuditAsync(string action, string target, CancellationToken cancellationToken) =>
        desk.AuditAsync(action, target, null, cancellationToken);
}

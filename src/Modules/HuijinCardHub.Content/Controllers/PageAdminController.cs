using HuijinCardHub.Admin;
using HuijinCardHub.Content.Models;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Content.Controllers;

/// <summary>Content pages of the storefront: list, create, edit, delete.</summary>
[RequirePermission("ManageContent")]
[Route("admin/pages")]
internal sealed class PageAdminController(PageService pages, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await Pages.ListAsync(cancellationToken));

    [HttpGet("create")]
    public IActionResult Create() => View("Edit", new PageEditModel(null, new PageForm(), []));

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Create(PageForm form, CancellationToken cancellationToken) => SaveAsync(null, form, cancellationToken);

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var page = await Pages.FindAsync(id, cancellationToken);
        return page is null ? NotFound() : View(new PageEditModel(id, PageForm.From(page), []));
    }

    [HttpPost("{id:long}")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Edit(long id, PageForm form, CancellationToken cancellationToken) => SaveAsync(id, form, cancellationToken);

    [HttpPost("{id:long}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(long id, CancellationToken cancellationToken)
    {
        if (await Pages.DeleteAsync(id, cancellationToken))
        {
            await desk.AuditAsync("content.page.delete", id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, cancellationToken);
            desk.Notice(new Bilingual("页面已删除", "The page was deleted"));
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(long? id, PageForm form, CancellationToken cancellationToken)
    {
        var input = form.ToInput();
        var errors = PageRules.Check(input).Select(e => e.ToString()).ToList();
        if (errors.Count == 0)
        {
            try
            {
                var page = await Pages.SaveAsync(id, input, cancellationToken);
                await desk.AuditAsync(id is null ? "content.page.create" : "content.page.save", page.Slug, null, cancellationToken);
                desk.Notice(new Bilingual($"页面「{page.Title}」已保存", $"Page \"{page.Title}\" saved"));
                return RedirectToAction(nameof(Index));
            }
            catch (ShopException exception)
            {
                errors.Add(exception.Localized);
            }
        }

        return View("Edit", new PageEditModel(id, form, errors));
    }

    private PageService Pages => pages;
}

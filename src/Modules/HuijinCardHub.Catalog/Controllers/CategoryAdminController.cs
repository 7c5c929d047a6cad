using System.Globalization;
using HuijinCardHub.Admin;
using HuijinCardHub.Catalog.Data;
using HuijinCardHub.Catalog.Models;
using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Catalog.Controllers;

/// <summary>The category tree: list, create, edit, delete (refused while goods are in it).</summary>
[RequirePermission("ManageCatalog")]
[Route("admin/catalog/categories")]
internal sealed class CategoryAdminController(CatalogDbContext db, CategoryService categories, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var counts = await db.Goods.AsNoTracking().GroupBy(g => g.CategoryId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return View(new CategoryListModel(await Categories.ListAsync(cancellationToken), counts));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(long? parentId, CancellationToken cancellationToken) =>
        View("Edit", new CategoryEditModel(null, new CategoryForm { ParentId = parentId }, await Categories.ListAsync(cancellationToken), []));

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Create(CategoryForm form, CancellationToken cancellationToken) => SaveAsync(null, form, cancellationToken);

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var category = await Categories.FindAsync(id, cancellationToken);
        return category is null ? NotFound() : View(new CategoryEditModel(id, CategoryForm.From(category), await Categories.ListAsync(cancellationToken), []));
    }

    [HttpPost("{id:long}")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Edit(long id, CategoryForm form, CancellationToken cancellationToken) => SaveAsync(id, form, cancellationToken);

    [HttpPost("{id:long}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(long id, CancellationToken cancellationToken)
    {
        try
        {
            await Categories.DeleteAsync(id, cancellationToken);
            await desk.AuditAsync("catalog.category.delete", id.ToString(CultureInfo.InvariantCulture), null, cancellationToken);
            desk.Notice(new Bilingual("分类已删除", "The category was deleted"));
        }
        catch (ShopException exception)
        {
            desk.Error(exception.Text);
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(long? id, CategoryForm form, CancellationToken cancellationToken)
    {
        var input = form.ToInput();
        var errors = CatalogRules.CheckCategory(input).Select(e => e.ToString()).ToList();
        if (errors.Count == 0)
        {
            try
            {
                var category = await Categories.SaveAsync(id, input, cancellationToken);
                await desk.AuditAsync(id is null ? "catalog.category.create" : "catalog.category.save", category.Slug, null, cancellationToken);
                desk.Notice(new Bilingual($"分类「{category.Name}」已保存", $"Category \"{category.Name}\" saved"));
                return RedirectToAction(nameof(Index));
            }
            catch (ShopException exception)
            {
                errors.Add(exception.Localized);
            }
        }

        return View("Edit", new CategoryEditModel(id, form, await Categories.ListAsync(cancellationToken), errors));
    }

    private CategoryService Categories => categories;
}

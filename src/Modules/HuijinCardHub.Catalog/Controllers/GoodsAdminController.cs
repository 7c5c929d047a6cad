using System.Globalization;
using HuijinCardHub.Admin;
using HuijinCardHub.Catalog.Models;
using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Catalog.Controllers;

/// <summary>Goods with their variants, buyer inputs, limits, visibility, wholesale tiers and pricing rule.</summary>
[RequirePermission("ManageCatalog")]
[Route("admin/catalog/goods")]
internal sealed class GoodsAdminController(
    GoodsService goodsService, CategoryService categories, MemberLevelService levels, IPermissionChecker permissions, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(long? categoryId, string? q, CancellationToken cancellationToken) =>
        View(new GoodsListModel(await Goods.ListAsync(categoryId, q, cancellationToken), await categories.ListAsync(cancellationToken), categoryId, q));

    [HttpGet("create")]
    public Task<IActionResult> Create(long? categoryId, CancellationToken cancellationToken) =>
        EditViewAsync(null, new GoodsForm { CategoryId = categoryId ?? 0 }.WithBlankRows(), [], cancellationToken);

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Create(GoodsForm form, CancellationToken cancellationToken) => SaveAsync(null, form, cancellationToken);

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var goods = await Goods.FindAsync(id, cancellationToken);
        return goods is null ? NotFound() : await EditViewAsync(id, GoodsForm.From(goods).WithBlankRows(), [], cancellationToken);
    }

    [HttpPost("{id:long}")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Edit(long id, GoodsForm form, CancellationToken cancellationToken) => SaveAsync(id, form, cancellationToken);

    [HttpPost("{id:long}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(long id, CancellationToken cancellationToken)
    {
        if (await Goods.DeleteAsync(id, cancellationToken))
        {
            await desk.AuditAsync("catalog.goods.delete", id.ToString(CultureInfo.InvariantCulture), null, cancellationToken);
            desk.Notice(new Bilingual("商品已删除", "The goods was deleted"));
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(long? id, GoodsForm form, CancellationToken cancellationToken)
    {
        var problems = new List<Bilingual>();
        var input = form.ToInput(problems);
        problems.AddRange(CatalogRules.CheckGoods(input));
        var errors = problems.Select(p => p.ToString()).Distinct().ToList();
        if (errors.Count == 0 && !await MayChangePricesAsync(id, input, cancellationToken))
        {
            errors.Add(new Bilingual("您没有修改价格的权限（需要「管理价格」）", "You may not change prices (needs \"Manage prices\")").ToString());
        }

        if (errors.Count == 0)
        {
            try
            {
                var goods = await Goods.SaveAsync(id, input, desk.Actor, PriceReasons.AdminEdit, cancellationToken);
                await desk.AuditAsync(id is null ? "catalog.goods.create" : "catalog.goods.save", goods.Slug, null, cancellationToken);
                desk.Notice(new Bilingual($"商品「{goods.Name}」已保存", $"Goods \"{goods.Name}\" saved"));
                return RedirectToAction(nameof(Index));
            }
            catch (ShopException exception)
            {
                errors.Add(exception.Localized);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await EditViewAsync(id, form, errors, cancellationToken);
    }

    /// <summary>A catalogue editor without the price permission may change everything but the prices.</summary>
    private async Task<bool> MayChangePricesAsync(long? id, GoodsInput input, CancellationToken cancellationToken)
    {
        if (await permissions.HasAsync(User, Permissions.ManagePrices))
        {
            return true;
        }

        var stored = id is null ? null : await Goods.FindAsync(id.Value, cancellationToken);
        return input.Variants.All(v => v.Id is { } vid && stored?.Variants.FirstOrDefault(s => s.Id == vid) is { } s && s.Price == v.Price && s.Cost == v.Cost);
    }

    private async Task<IActionResult> EditViewAsync(long? id, GoodsForm form, IReadOnlyList<string> errors, CancellationToken cancellationToken) =>
        View("Edit", new GoodsEditModel(id, form, await categories.ListAsync(cancellationToken), await levels.ListAsync(cancellationToken), errors));

    private GoodsService Goods => goodsService;
}

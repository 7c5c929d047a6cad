using System.Globalization;
using HuijinCardHub.Admin;
using HuijinCardHub.Catalog.Models;
using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Catalog.Controllers;

/// <summary>Member levels on one page: the list, and a form to add or change one.</summary>
[RequirePermission("ManagePrices")]
[Route("admin/catalog/levels")]
internal sealed class MemberLevelAdminController(MemberLevelService levels, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(long? edit, CancellationToken cancellationToken)
    {
        var level = edit is null ? null : await Levels.FindAsync(edit.Value, cancellationToken);
        return await PageAsync(level?.Id, level is null ? new MemberLevelForm() : MemberLevelForm.From(level), [], cancellationToken);
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(long? id, MemberLevelForm form, CancellationToken cancellationToken)
    {
        var problems = new List<Bilingual>();
        var input = form.ToInput(problems);
        problems.AddRange(CatalogRules.CheckLevel(input));
        var errors = problems.Select(p => p.ToString()).Distinct().ToList();
        if (errors.Count == 0)
        {
            try
            {
                var level = await Levels.SaveAsync(id is > 0 ? id : null, input, cancellationToken);
                await desk.AuditAsync("catalog.level.save", level.Name, null, cancellationToken);
                desk.Notice(new Bilingual($"会员等级「{level.Name}」已保存", $"Member level \"{level.Name}\" saved"));
                return RedirectToAction(nameof(Index));
            }
            catch (ShopException exception)
            {
                errors.Add(exception.Localized);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await PageAsync(id, form, errors, cancellationToken);
    }

    [HttpPost("{id:long}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(long id, CancellationToken cancellationToken)
    {
        if (await Levels.DeleteAsync(id, cancellationToken))
        {
            await desk.AuditAsync("catalog.level.delete", id.ToString(CultureInfo.InvariantCulture), null, cancellationToken);
            desk.Notice(new Bilingual("会员等级已删除", "The member level was deleted"));
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> PageAsync(long? id, MemberLevelForm form, IReadOnlyList<string> errors, CancellationToken cancellationToken) =>
        View("Index", new MemberLevelPageModel(await Levels.ListAsync(cancellationToken), id, form, errors));

    private MemberLevelService Levels => levels;
}

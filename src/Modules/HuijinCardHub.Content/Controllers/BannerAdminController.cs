using HuijinCardHub.Admin;
using HuijinCardHub.Content.Models;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Content.Controllers;

/// <summary>The home page's banners: list, create, edit, delete.</summary>
[RequirePermission("ManageContent")]
[Route("admin/banners")]
internal sealed class BannerAdminController(BannerService banners, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await banners.ListAsync(cancellationToken));

    [HttpGet("create")]
    public IActionResult Create() => View("Edit", new BannerEditModel(null, new BannerForm(), []));

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Create(BannerForm form, CancellationToken cancellationToken) => SaveAsync(null, form, cancellationToken);

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var banner = await banners.FindAsync(id, cancellationToken);
        return banner is null ? NotFound() : View(new BannerEditModel(id, BannerForm.From(banner), []));
    }

    [HttpPost("{id:long}")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Edit(long id, BannerForm form, CancellationToken cancellationToken) => SaveAsync(id, form, cancellationToken);

    [HttpPost("{id:long}/delete")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Delete(long id, CancellationToken cancellationToken) =>
        this.DeleteAsync(desk, id, "banner", () => banners.DeleteAsync(id, cancellationToken), new Bilingual("横幅已删除", "The banner was deleted"), cancellationToken);

    private Task<IActionResult> SaveAsync(long? id, BannerForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var input = form.ToInput();
        var problems = ContentAdminPages.BindingProblems(ModelState).Concat(BannerRules.Check(input)).ToList();
        return this.SaveOrShowProblemsAsync(desk, id, "banner", problems, () => banners.SaveAsync(id, input, cancellationToken),
            saved => (saved.Id, new Bilingual($"横幅「{saved.Title}」已保存", $"Banner \"{saved.Title}\" saved")), shown => new BannerEditModel(id, form, shown), cancellationToken);
    }
}

using HuijinCardHub.Content.Models;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Content.Controllers;

/// <summary>The storefront's top menu: the merchant's own links (create, edit, delete), shown with the pages marked for the menu.</summary>
[RequirePermission("ManageContent")]
[Route("admin/navigation")]
public sealed class StorefrontMenuAdminController : ContentAdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var links = await Service<NavigationLinkService>().ListAsync(cancellationToken);
        var pages = (await Service<PageService>().ListAsync(cancellationToken)).Where(p => p.Published && p.ShowInNavigation).ToList();
        return View(new NavigationIndexModel(links, pages));
    }

    [HttpGet("create")]
    public IActionResult Create() => View("Edit", new NavigationLinkEditModel(null, new NavigationLinkForm(), []));

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Create(NavigationLinkForm form, CancellationToken cancellationToken) => SaveAsync(null, form, cancellationToken);

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var link = await Service<NavigationLinkService>().FindAsync(id, cancellationToken);
        return link is null ? NotFound() : View(new NavigationLinkEditModel(id, NavigationLinkForm.From(link), []));
    }

    [HttpPost("{id:long}")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Edit(long id, NavigationLinkForm form, CancellationToken cancellationToken) => SaveAsync(id, form, cancellationToken);

    [HttpPost("{id:long}/delete")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Delete(long id, CancellationToken cancellationToken) =>
        DeleteAsync(id, "navigation", () => Service<NavigationLinkService>().DeleteAsync(id, cancellationToken), new Bilingual("菜单项已删除", "The menu link was deleted"), cancellationToken);

    private Task<IActionResult> SaveAsync(long? id, NavigationLinkForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var input = form.ToInput();
        var problems = BindingProblems().Concat(NavigationLinkInput.Check(input)).ToList();
        return SaveOrShowProblemsAsync(id, "navigation", problems, () => Service<NavigationLinkService>().SaveAsync(id, input, cancellationToken),
            saved => (saved.Id, new Bilingual($"菜单项「{saved.Text}」已保存", $"Menu link \"{saved.Text}\" saved")), shown => new NavigationLinkEditModel(id, form, shown), cancellationToken);
    }
}

using HuijinCardHub.Admin;
using HuijinCardHub.Content.Models;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Content.Controllers;

/// <summary>The storefront's top menu: the merchant's own links (create, edit, delete), shown with the pages marked for the menu.</summary>
[RequirePermission("ManageContent")]
[Route("admin/navigation")]
internal sealed class StorefrontMenuAdminController(NavigationLinkService menuLinks, PageService contentPages, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var links = await menuLinks.ListAsync(cancellationToken);
        var pages = (await contentPages.ListAsync(cancellationToken)).Where(p => p.Published && p.ShowInNavigation).ToList();
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
        var link = await menuLinks.FindAsync(id, cancellationToken);
        return link is null ? NotFound() : View(new NavigationLinkEditModel(id, NavigationLinkForm.From(link), []));
    }

    [HttpPost("{id:long}")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Edit(long id, NavigationLinkForm form, CancellationToken cancellationToken) => SaveAsync(id, form, cancellationToken);

    [HttpPost("{id:long}/delete")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Delete(long id, CancellationToken cancellationToken) =>
        this.DeleteAsync(desk, id, "navigation", () => menuLinks.DeleteAsync(id, cancellationToken), new Bilingual("菜单项已删除", "The menu link was deleted"), cancellationToken);

    private Task<IActionResult> SaveAsync(long? id, NavigationLinkForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var input = form.ToInput();
        var problems = ContentAdminPages.BindingProblems(ModelState).Concat(NavigationLinkInput.Check(input)).ToList();
        return this.SaveOrShowProblemsAsync(desk, id, "navigation", problems, () => menuLinks.SaveAsync(id, input, cancellationToken),
            saved => (saved.Id, new Bilingual($"菜单项「{saved.Text}」已保存", $"Menu link \"{saved.Text}\" saved")), shown => new NavigationLinkEditModel(id, form, shown), cancellationToken);
    }
}

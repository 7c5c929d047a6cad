using HuijinCardHub.Admin;
using HuijinCardHub.Content.Models;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Content.Controllers;

/// <summary>Shop announcements (公告): list, create, edit, delete.</summary>
[RequirePermission("ManageContent")]
[Route("admin/announcements")]
internal sealed class AnnouncementAdminController(AnnouncementService announcements, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await announcements.ListAsync(cancellationToken));

    [HttpGet("create")]
    public IActionResult Create() => View("Edit", new AnnouncementEditModel(null, new AnnouncementForm(), []));

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Create(AnnouncementForm form, CancellationToken cancellationToken) => SaveAsync(null, form, cancellationToken);

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var announcement = await announcements.FindAsync(id, cancellationToken);
        return announcement is null ? NotFound() : View(new AnnouncementEditModel(id, AnnouncementForm.From(announcement), []));
    }

    [HttpPost("{id:long}")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Edit(long id, AnnouncementForm form, CancellationToken cancellationToken) => SaveAsync(id, form, cancellationToken);

    [HttpPost("{id:long}/delete")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Delete(long id, CancellationToken cancellationToken) =>
        this.DeleteAsync(desk, id, "announcement", () => announcements.DeleteAsync(id, cancellationToken), new Bilingual("公告已删除", "The announcement was deleted"), cancellationToken);

    private Task<IActionResult> SaveAsync(long? id, AnnouncementForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = ContentAdminPages.BindingProblems(ModelState).ToList();
        var input = form.ToInput(problems);
        problems.AddRange(AnnouncementRules.Check(input));
        return this.SaveOrShowProblemsAsync(desk, id, "announcement", problems, () => announcements.SaveAsync(id, input, cancellationToken),
            saved => (saved.Id, new Bilingual($"公告「{saved.Title}」已保存", $"Announcement \"{saved.Title}\" saved")), shown => new AnnouncementEditModel(id, form, shown), cancellationToken);
    }
}

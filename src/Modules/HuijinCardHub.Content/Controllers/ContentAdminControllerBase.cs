using System.Globalization;
using HuijinCardHub.Admin;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Content.Controllers;

/// <summary>What the announcement, banner and menu admin pages share: notices, audit, binding problems, save and delete.</summary>
public abstract class ContentAdminControllerBase : Controller
{
    private protected T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    private protected void Notice(Bilingual text) => TempData["Notice"] = text.ToString();

    private protected Task AuditAsync(string action, long id, CancellationToken cancellationToken) =>
        HttpContext.RequestServices.GetService<IAuditLog>()?.WriteAsync(action, id.ToString(CultureInfo.InvariantCulture), null, cancellationToken) ?? Task.CompletedTask;

    /// <summary>A number field that did not bind ("abc" as sort order) would otherwise save as 0 without a word.</summary>
    private protected IEnumerable<Bilingual> BindingProblems() =>
        ModelState.Where(e => e.Value?.Errors.Count > 0)
            .Select(e => e.Key == "SortOrder"
                ? new Bilingual("排序必须是整数", "The order must be a whole number")
                : new Bilingual($"「{e.Key}」的值无效", $"The value of \"{e.Key}\" is invalid"));

    /// <summary>
    /// Saves unless the form already has problems, audits <c>content.{kind}.create|save</c> and goes back to the list;
    /// otherwise shows the edit page again with every problem, the service's included.
    /// </summary>
    private protected async Task<IActionResult> SaveOrShowProblemsAsync<TSaved>(
        long? id, string kind, List<Bilingual> problems, Func<Task<TSaved>> save, Func<TSaved, (long Id, Bilingual Notice)> describe,
        Func<IReadOnlyList<string>, object> editModel, CancellationToken cancellationToken)
    {
        if (problems.Count == 0)
        {
            try
            {
                var (savedId, notice) = describe(await save());
                await AuditAsync($"content.{kind}.{(id is null ? "create" : "save")}", savedId, cancellationToken);
                Notice(notice);
                return RedirectToAction("Index");
            }
            catch (ShopException exception)
            {
                problems.Add(exception.Text);
            }
        }

        return View("Edit", editModel(problems.Select(p => p.ToString()).ToList()));
    }

    /// <summary>Deletes, audits <c>content.{kind}.delete</c> when something was deleted, and goes back to the list.</summary>
    private protected async Task<IActionResult> DeleteAsync(long id, string kind, Func<Task<bool>> delete, Bilingual notice, CancellationToken cancellationToken)
    {
        if (await delete())
        {
            await AuditAsync($"content.{kind}.delete", id, cancellationToken);
            Notice(notice);
        }

        return RedirectToAction("Index");
    }
}

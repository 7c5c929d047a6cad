using System.Globalization;
using HuijinCardHub.Admin;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HuijinCardHub.Content.Controllers;

/// <summary>What the announcement, banner and menu admin pages share: binding problems, save and delete with audit and notice.</summary>
internal static class ContentAdminPages
{
    /// <summary>A number field that did not bind ("abc" as sort order) would otherwise save as 0 without a word.</summary>
    public static IEnumerable<Bilingual> BindingProblems(ModelStateDictionary modelState) =>
        modelState.Where(e => e.Value?.Errors.Count > 0)
            .Select(e => e.Key == "SortOrder"
                ? new Bilingual("排序必须是整数", "The order must be a whole number")
                : new Bilingual($"「{e.Key}」的值无效", $"The value of \"{e.Key}\" is invalid"));

    /// <summary>
    /// Saves unless the form already has problems, audits <c>content.{kind}.create|save</c> and goes back to the list;
    /// otherwise shows the edit page again with every problem, the service's included.
    /// </summary>
    public static async Task<IActionResult> SaveOrShowProblemsAsync<TSaved>(
        this Controller page, IAdminDesk desk, long? id, string kind, List<Bilingual> problems, Func<Task<TSaved>> save,
        Func<TSaved, (long Id, Bilingual Notice)> describe, Func<IReadOnlyList<string>, object> editModel, CancellationToken cancellationToken)
    {
        if (problems.Count == 0)
        {
            try
            {
                var (savedId, notice) = describe(await save());
                await desk.AuditAsync($"content.{kind}.{(id is null ? "create" : "save")}", savedId.ToString(CultureInfo.InvariantCulture), null, cancellationToken);
                desk.Notice(notice);
                return page.RedirectToAction("Index");
            }
            catch (ShopException exception)
            {
                problems.Add(exception.Text);
            }
        }

        return page.View("Edit", editModel(problems.Select(p => p.ToString()).ToList()));
    }

    /// <summary>Deletes, audits <c>content.{kind}.delete</c> when something was deleted, and goes back to the list.</summary>
    public static async Task<IActionResult> DeleteAsync(
        this Controller page, IAdminDesk desk, long id, string kind, Func<Task<bool>> delete, Bilingual notice, CancellationToken cancellationToken)
    {
        if (await delete())
        {
            await desk.AuditAsync($"content.{kind}.delete", id.ToString(CultureInfo.InvariantCulture), null, cancellationToken);
            desk.Notice(notice);
        }

        return page.RedirectToAction("Index");
    }
}

using System.Globalization;
using HuijinCardHub.Admin;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Content.Controllers;

/// <summary>What the announcement, banner and menu admin pages share: notices, audit, and binding problems.</summary>
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
}

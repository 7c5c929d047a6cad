using HuijinCardHub.Data;
using HuijinCardHub.Recipes;
using HuijinCardHub.Setup.Models;
using HuijinCardHub.Shells;
using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Setup.Controllers;

/// <summary>
/// The setup page: collects what a shop needs, lets the kernel validate and provision it, shows every problem at once.
/// It sets up the tenant it was reached through (by host name or path prefix), not always the Default one.
/// </summary>
[Route("setup")]
internal sealed class SetupController(ISetupService setup, IRecipeRunner recipes, ShellInfo shell) : Controller
{
    [HttpGet("")]
    public IActionResult Index()
    {
        var available = SetupRecipes();
        var form = new SetupForm { Recipe = available.FirstOrDefault(r => r.Name == "default")?.Name ?? available.FirstOrDefault()?.Name };
        return View(new SetupPage { Form = form, Recipes = available });
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index(SetupForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var available = SetupRecipes();
        var page = new SetupPage { Form = WithoutPasswords(form), Recipes = available };
        if (ModelState.TryGetValue(nameof(SetupForm.DatabaseProvider), out var provider) && provider.Errors.Count > 0)
        {
            page.Errors.Add(new Bilingual("请选择数据库", "Choose a database").ToString());
        }

        page.Errors.AddRange(SetupFormChecks.Check(form, available).Select(e => e.ToString()));
        if (page.Errors.Count > 0)
        {
            return View(page);
        }

        var request = new SetupRequest
        {
            SiteName = form.SiteName!.Trim(),
            AdminUserName = form.AdminUserName!.Trim(),
            AdminEmail = form.AdminEmail!.Trim(),
            AdminPassword = form.AdminPassword!,
            DatabaseProvider = form.DatabaseProvider,
            ConnectionString = form.DatabaseProvider == DatabaseProvider.Postgres ? form.ConnectionString?.Trim() : null,
            Recipe = form.Recipe!,
            Tenant = shell.Name,
            // The address the installer is using: the one person who may choose it, at the one moment nobody else can.
            // One that is no plain web address (a host name with "_") falls back to the listening address, editable later.
            PublicAddress = PublicAddresses.TryNormalize($"{Request.Scheme}://{Request.Host.Value}{Request.PathBase}", out var address) ? address : null,
        };
        page.Errors.AddRange((await setup.ValidateAsync(request, cancellationToken)).Select(e => e.ToString()));
        if (page.Errors.Count > 0)
        {
            return View(page);
        }

        try
        {
            await setup.SetupAsync(request, cancellationToken);
        }
        catch (ShopException problem)
        {
            page.Errors.Add(problem.Localized);
            return View(page);
        }

        // The kernel has swapped the new shell in: the next request is served by the shop itself.
        return LocalRedirect("~/");
    }

    private List<RecipeInfo> SetupRecipes() => [.. recipes.Available.Where(r => r.IsSetupRecipe).OrderBy(r => r.Name == "default" ? 0 : 1).ThenBy(r => r.DisplayName, StringComparer.Ordinal)];

    private static SetupForm WithoutPasswords(SetupForm form) => new()
    {
        SiteName = form.SiteName,
        AdminUserName = form.AdminUserName,
        AdminEmail = form.AdminEmail,
        DatabaseProvider = form.DatabaseProvider,
        ConnectionString = form.ConnectionString,
        Recipe = form.Recipe,
    };
}

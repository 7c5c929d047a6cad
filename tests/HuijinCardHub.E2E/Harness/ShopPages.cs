using Microsoft.Playwright;

namespace HuijinCardHub.E2E.Harness;

/// <summary>
/// What a person does on the shop's pages, for the real flows. The selectors are the contract
/// with the views; a field is found by its form name, bare or as the last part of a model path
/// (<c>[name=X]</c> or <c>[name$=".X"]</c>, so <c>asp-for="Form.X"</c> works too):
/// <list type="bullet">
/// <item>GET /setup: SiteName, AdminUserName, AdminEmail, AdminPassword, ConfirmPassword, Recipe
///   (select, radio group or text), DatabaseProvider (select or radio: Sqlite / Postgres, optional),
///   ConnectionString (shown for Postgres); the form's <c>button[type=submit]</c>. Success leaves /setup.</item>
/// <item>GET /account/login: UserName, Password; <c>button[type=submit]</c>. Success leaves /account/login.</item>
/// <item>GET /admin/features: one row per feature with <c>data-feature-id="&lt;id&gt;"</c> holding a link
///   <c>[data-action=enable]</c> or <c>[data-action=disable]</c>, whichever applies; it leads to a confirmation page whose
///   submit button is <c>[data-action=confirm]</c>.</item>
/// <item>Errors on any form: <c>.validation-summary-errors, .alert-danger, [role=alert]</c>.</item>
/// </list>
/// </summary>
internal static class ShopPages
{
    private const string ErrorSelector = ".validation-summary-errors, .alert-danger, [role=alert]";

    public static async Task SetupThroughBrowserAsync(IPage page, ShopHost host, ShopSetup setup)
    {
        await page.GotoAsync(Url(host, "/setup"));
        await FillAsync(page, "SiteName", setup.SiteName);
        await FillAsync(page, "AdminUserName", setup.AdminUserName);
        await FillAsync(page, "AdminEmail", setup.AdminEmail);
        await FillAsync(page, "AdminPassword", setup.AdminPassword);
        await FillAsync(page, "ConfirmPassword", setup.AdminPassword);
        await ChooseAsync(page, "Recipe", setup.Recipe);
        if (host.Database.IsPostgres || await Field(page, "DatabaseProvider").CountAsync() > 0)
        {
            await ChooseAsync(page, "DatabaseProvider", host.Database.Provider);
        }

        if (host.Database.ConnectionString is not null)
        {
            await FillAsync(page, "ConnectionString", host.Database.ConnectionString);
        }

        // Setup migrates every enabled feature and runs the recipe: give it time.
        await SubmitAndLeaveAsync(page, "/setup", TimeSpan.FromMinutes(2));
    }

    public static async Task SignInAsync(IPage page, ShopHost host, string userName, string password)
    {
        await page.GotoAsync(Url(host, "/account/login"));
        await FillAsync(page, "UserName", userName);
        await FillAsync(page, "Password", password);
        await SubmitAndLeaveAsync(page, "/account/login", TimeSpan.FromSeconds(30));
    }

    /// <summary>Switches a feature from the admin (signed in as a permitted user) and waits for the page to come back.</summary>
    public static async Task SetFeatureEnabledAsync(IPage page, ShopHost host, string featureId, bool enabled)
    {
        await page.GotoAsync(Url(host, "/admin/features"));
        var feature = page.Locator($"[data-feature-id=\"{featureId}\"]");
        var button = feature.Locator($"[data-action={(enabled ? "enable" : "disable")}]");
        if (await button.CountAsync() == 0)
        {
            throw new InvalidOperationException($"Feature {featureId} offers no '{(enabled ? "enable" : "disable")}' button (already in that state?).");
        }

        // The list links to a confirmation page that shows what else changes; confirm there.
        await button.First.ClickAsync();
        await page.Locator("[data-action=confirm]").First.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.TrimEnd('/').EndsWith("/admin/features", StringComparison.Ordinal), PageLoads.Arrived);
        await ThrowOnErrorsAsync(page, $"switching {featureId}");
    }

    public static string Url(ShopHost host, string path) => new Uri(host.BaseAddress, path).ToString();

    public static ILocator Field(IPage page, string name) =>
        page.Locator($"[name=\"{name}\"], [name$=\".{name}\"]");

    private static Task FillAsync(IPage page, string name, string value) => Field(page, name).First.FillAsync(value);

    private static async Task ChooseAsync(IPage page, string name, string value)
    {
        var field = Field(page, name).First;
        var kind = await field.EvaluateAsync<string>("e => e.tagName.toLowerCase() + ':' + (e.type || '')");
        if (kind.StartsWith("select", StringComparison.Ordinal))
        {
            await field.SelectOptionAsync(value);
        }
        else if (kind == "input:radio")
        {
            await page.Locator($"[name=\"{name}\"][value=\"{value}\"], [name$=\".{name}\"][value=\"{value}\"]").First.CheckAsync();
        }
        else if (kind != "input:hidden")
        {
            await field.FillAsync(value);
        }
    }

    /// <summary>Submits, then returns once the browser has left the form, or throws with the errors the form shows.</summary>
    private static async Task SubmitAndLeaveAsync(IPage page, string formPath, TimeSpan timeout)
    {
        var errors = page.Locator(ErrorSelector);
        var staleErrors = await errors.CountAsync();
        var timeoutMs = (float)timeout.TotalMilliseconds;
        // The click itself waits for the navigation it starts: a slow form (setup) needs the whole allowance there too.
        await page.Locator("form button[type=submit], form input[type=submit]").First.ClickAsync(new LocatorClickOptions { Timeout = timeoutMs });
        var left = page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith(formPath, StringComparison.OrdinalIgnoreCase),
            new PageWaitForURLOptions { Timeout = timeoutMs });
        var refused = errors.Nth(staleErrors).WaitForAsync(new LocatorWaitForOptions { Timeout = timeoutMs });
        if (await Task.WhenAny(left, refused) == refused && refused.IsCompletedSuccessfully)
        {
            await ThrowOnErrorsAsync(page, formPath);
        }

        await left;
    }

    private static async Task ThrowOnErrorsAsync(IPage page, string what)
    {
        var errors = page.Locator(ErrorSelector);
        if (await errors.CountAsync() > 0)
        {
            var text = string.Join(" | ", await errors.AllInnerTextsAsync());
            throw new InvalidOperationException($"{what} was refused: {text}");
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HuijinCardHub.E2E.Harness;

/// <summary>
/// What a merchant (signed in) does in the admin for the shop flows. The selectors are the contract with the views:
/// <list type="bullet">
/// <item>/admin/settings lists a link per section (<c>a[href$="/admin/settings/Orders"]</c>); the section's form posts to
///   its own address, a boolean is a checkbox named after the property.</item>
/// <item>/admin/themes: per site a form posting to <c>…/theme</c> with <c>select[name=theme]</c> (theme name).</item>
/// <item>/admin/balances?q=: rows with a 查看 link; the member panel has <c>#member-balance</c> and the adjust form
///   (Amount, Reason).</item>
/// <item>/admin/catalog/goods: a row per goods with an edit link <c>/admin/catalog/goods/{id}</c>; the edit form holds
///   <c>Variants[i].Id</c> / <c>Variants[i].Name</c>.</item>
/// <item>/admin/card-codes?goodsId=&amp;variantId=&amp;status=0 says "共 N 个卡密"; its 导入卡密 link opens the import form
///   prefilled (Codes, Cost, Note); the report is <c>#import-report</c>.</item>
/// </list>
/// </summary>
internal static partial class MerchantSteps
{
    public static async Task TurnOnSandboxChannelAsync(IPage page, ShopHost host)
    {
        await page.GotoAsync(ShopPages.Url(host, "/admin/settings"));
        await page.Locator("a[href$='/admin/settings/Orders']").ClickAsync();
        var form = page.Locator("form[action$='/admin/settings/Orders']");
        await form.Locator("input[name=InstantTestChannel]").CheckAsync();
        await PageLoads.ClickAndWaitForNewPageAsync(page, form.Locator("button[type=submit]"));
        await ThrowOnAlertAsync(page, "saving the Orders settings");
        if (!await page.Locator("form[action$='/admin/settings/Orders'] input[name=InstantTestChannel]").IsCheckedAsync())
        {
            throw new InvalidOperationException("The sandbox channel did not stay on after saving the Orders settings.");
        }
    }

    /// <summary>Picks the default site's storefront theme by name (Jade, Arcade) and checks the storefront wears it.</summary>
    public static async Task UseSiteThemeAsync(IPage page, ShopHost host, string theme)
    {
        await page.GotoAsync(ShopPages.Url(host, "/admin/themes"));
        // The default site comes first.
        var form = page.Locator("form[action$='/theme']").First;
        var select = form.Locator("select[name=theme]");
        var value = await select.Locator($"option[value='{theme}']").CountAsync() > 0 ? theme : $"HuijinCardHub.Themes.{theme}";
        await select.SelectOptionAsync(value);
        await PageLoads.ClickAndWaitForNewPageAsync(page, form.Locator("button[type=submit]"));
        await ThrowOnAlertAsync(page, $"choosing the theme {theme}");

        await page.GotoAsync(ShopPages.Url(host, "/"));
        if (await page.Locator($"link[href*='HuijinCardHub.Themes.{theme}']").CountAsync() != 1)
        {
            throw new InvalidOperationException($"The storefront does not wear {theme} after choosing it.");
        }
    }

    /// <summary>Finds the member by user name and credits (or debits) their balance with a reason; returns the balance shown.</summary>
    public static async Task<string> AdjustBalanceAsync(IPage page, ShopHost host, string userName, string amount, string reason)
    {
        await page.GotoAsync(ShopPages.Url(host, "/admin/balances?q=" + Uri.EscapeDataString(userName)));
        await page.Locator("tr", new PageLocatorOptions { HasText = userName }).Locator("a[href*='/admin/balances?user=']").ClickAsync();
        var form = page.Locator("form[action$='/admin/balances/adjust']");
        await form.Locator("[name=Amount]").FillAsync(amount);
        await form.Locator("[name=Reason]").FillAsync(reason);
        await PageLoads.ClickAndWaitForNewPageAsync(page, form.Locator("button[type=submit]"));
        await ThrowOnAlertAsync(page, "adjusting the balance");
        return (await page.Locator("#member-balance").InnerTextAsync()).Trim();
    }

    /// <summary>The goods' id and one variant's id, as the goods list and the goods' edit form carry them.</summary>
    public static async Task<(long GoodsId, long VariantId)> FindVariantAsync(IPage page, ShopHost host, string goodsName, string variantName)
    {
        await page.GotoAsync(ShopPages.Url(host, "/admin/catalog/goods?q=" + Uri.EscapeDataString(goodsName)));
        await page.Locator("tr", new PageLocatorOptions { HasText = goodsName }).Locator("a[href*='/admin/catalog/goods/']").First.ClickAsync();
        await page.WaitForURLAsync(GoodsIdInPath(), PageLoads.Arrived);
        var goodsId = long.Parse(GoodsIdInPath().Match(new Uri(page.Url).AbsolutePath).Groups[1].Value, CultureInfo.InvariantCulture);
        var names = page.Locator("input[name^='Variants['][name$='].Name']");
        for (var i = 0; i < await names.CountAsync(); i++)
        {
            if (await names.Nth(i).InputValueAsync() == variantName)
            {
                var field = await names.Nth(i).GetAttributeAsync("name");
                var id = await page.Locator($"input[name='{field![..^".Name".Length]}.Id']").InputValueAsync();
                return (goodsId, long.Parse(id, CultureInfo.InvariantCulture));
            }
        }

        throw new InvalidOperationException($"{goodsName} has no variant {variantName}.");
    }

    /// <summary>How many codes of the variant the stock page says can be sold.</summary>
    public static async Task<int> AvailableCodesAsync(IPage page, ShopHost host, long goodsId, long variantId)
    {
        await page.GotoAsync(ShopPages.Url(host, $"/admin/card-codes?goodsId={goodsId}&variantId={variantId}&status=0"));
        var text = await page.Locator("main, body").First.InnerTextAsync();
        var match = CodeCount().Match(text);
        return match.Success
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"The stock page shows no code count: {text}");
    }

    /// <summary>Opens the import form from the variant's stock page, pastes the lines, and returns the report's text.</summary>
    public static async Task<string> ImportCodesAsync(IPage page, ShopHost host, long goodsId, long variantId, IEnumerable<string> lines, string cost)
    {
        await page.GotoAsync(ShopPages.Url(host, $"/admin/card-codes?goodsId={goodsId}&variantId={variantId}"));
        await page.Locator("a[href*='/admin/card-codes/import']").First.ClickAsync();
        var form = page.Locator("form[action$='/admin/card-codes/import']");
        await form.Locator("[name=Codes]").FillAsync(string.Join('\n', lines));
        await form.Locator("[name=Cost]").FillAsync(cost);
        await form.Locator("[name=Note]").FillAsync("E2E 补货");
        await PageLoads.ClickAndWaitForNewPageAsync(page, form.Locator("button[type=submit]"));
        await ThrowOnAlertAsync(page, "importing codes");
        return await page.Locator("#import-report").InnerTextAsync();
    }

    private static async Task ThrowOnAlertAsync(IPage page, string what)
    {
        var errors = page.Locator(".alert-danger, .validation-summary-errors");
        if (await errors.CountAsync() > 0)
        {
            throw new InvalidOperationException($"{what} was refused: {string.Join(" | ", await errors.AllInnerTextsAsync())}");
        }
    }

    [GeneratedRegex(@"/admin/catalog/goods/(\d+)")]
    private static partial Regex GoodsIdInPath();

    [GeneratedRegex(@"共\s*(\d+)\s*个卡密")]
    private static partial Regex CodeCount();
}

using Microsoft.Playwright;

namespace HuijinCardHub.E2E.Harness;

/// <summary>
/// What a buyer does on the storefront (Jade and Arcade share these form names and buttons):
/// <list type="bullet">
/// <item>Goods page: variants are radios inside <c>label.variant</c> with the variant's name and stock text
///   (<c>.variant-stock</c>); the form's 立即购买 button leads to /checkout.</item>
/// <item>Checkout: <c>contact</c>, <c>password</c> (the order query password), 提交订单; success lands on /order/{no}.</item>
/// <item>Order page: <c>.order-status</c> in words, one pay button per channel named after it (测试通道（沙箱）, 余额支付),
///   codes as <c>.code-number</c> / <c>.code-password</c>.</item>
/// <item>/orders/lookup: <c>q</c> (order number or contact) and <c>password</c>; errors in <c>[role=alert]</c>.</item>
/// </list>
/// </summary>
internal static class StorefrontSteps
{
    public const string SandboxChannel = "测试通道（沙箱）";
    public const string BalanceChannel = "余额支付";

    /// <summary>From the goods page: picks the variant, buys now, fills the checkout and places the order; returns its number.</summary>
    public static async Task<string> BuyNowAsync(IPage page, string variantName, string? contact, string? queryPassword)
    {
        await Variant(page, variantName).Locator("input[type=radio]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "立即购买" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/checkout", StringComparison.Ordinal), PageLoads.Arrived);
        if (contact is not null)
        {
            await page.Locator("form [name=contact]").FillAsync(contact);
        }

        if (queryPassword is not null)
        {
            await page.Locator("form [name=password]").FillAsync(queryPassword);
        }

        await PageLoads.ClickAndWaitForNewPageAsync(page, page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交订单" }));
        var path = new Uri(page.Url).AbsolutePath;
        if (!path.StartsWith("/order/", StringComparison.Ordinal))
        {
            var alert = page.Locator("[role=alert]");
            var why = await alert.CountAsync() > 0 ? await alert.First.InnerTextAsync() : await page.InnerTextAsync("main");
            throw new InvalidOperationException($"Placing the order was refused at {path}: {why}");
        }

        return path["/order/".Length..];
    }

    /// <summary>Clicks the pay button of a channel (its name on the button, then the amount) and waits for the answer.</summary>
    public static async Task PayAsync(IPage page, string channelName)
    {
        await PageLoads.ClickAndWaitForNewPageAsync(page, page.Locator("form[action$='/pay'] button", new PageLocatorOptions { HasText = channelName }));
    }

    public static ILocator Variant(IPage page, string variantName) =>
        page.Locator("label.variant", new PageLocatorOptions { HasText = variantName });

    public static Task<string> StatusAsync(IPage page) => page.Locator(".order-status").InnerTextAsync();

    /// <summary>Every code on the order page, as "card number password".</summary>
    public static async Task<IReadOnlyList<string>> CodesAsync(IPage page)
    {
        var codes = new List<string>();
        var items = page.Locator("li.code");
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            var number = (await items.Nth(i).Locator(".code-number").InnerTextAsync()).Trim();
            var password = items.Nth(i).Locator(".code-password");
            codes.Add(await password.CountAsync() > 0 ? $"{number} {(await password.InnerTextAsync()).Trim()}" : number);
        }

        return codes;
    }

    /// <summary>Fills the order lookup and submits; the page then shows the order or the error.</summary>
    public static async Task LookUpAsync(IPage page, ShopHost host, string orderNoOrContact, string password)
    {
        if (!new Uri(page.Url).AbsolutePath.StartsWith("/orders/lookup", StringComparison.Ordinal))
        {
            await page.GotoAsync(ShopPages.Url(host, "/orders/lookup"));
        }

        var form = page.Locator("form[action$='/orders/lookup']");
        await form.Locator("[name=q]").FillAsync(orderNoOrContact);
        await form.Locator("[name=password]").FillAsync(password);
        await PageLoads.ClickAndWaitForNewPageAsync(page, form.Locator("button[type=submit]"));
    }
}

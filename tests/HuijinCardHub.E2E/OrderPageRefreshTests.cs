using HuijinCardHub.E2E.Harness;
using Microsoft.Playwright;

namespace HuijinCardHub.E2E;

/// <summary>
/// A guest waits on the order page while the order is paid by another path (here another tab): the page's own
/// script, a file of the theme allowed by the CSP, notices and reloads; the browser reports no CSP violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OrderPageRefreshTests(BrowserFixture browser, GameCardShop shop, ITestOutputHelper output)
{
    [Fact]
    public async Task An_unpaid_order_page_refreshes_by_itself_once_the_order_is_paid_elsewhere()
    {
        var host = await shop.OpenAsync(browser);
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        try
        {
            await page.GotoAsync(ShopPages.Url(host, "/goods/qq-coins"));
            var orderNo = await StorefrontSteps.BuyNowAsync(page, "10元", "refresh.buyer@example.com", "jade-2026");
            Assert.Equal("待支付", (await StorefrontSteps.StatusAsync(page)).Trim());
            Assert.Empty(await StorefrontSteps.CodesAsync(page));

            var otherTab = await page.Context.NewPageAsync();
            await otherTab.GotoAsync(ShopPages.Url(host, "/order/" + orderNo));
            await StorefrontSteps.PayAsync(otherTab, StorefrontSteps.SandboxChannel);
            Assert.Equal("已发货", (await StorefrontSteps.StatusAsync(otherTab)).Trim());

            // Nobody touches the first tab: it polls the order's state and reloads by itself.
            await page.Locator(".order-status", new PageLocatorOptions { HasText = "已发货" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
            Assert.Single(await StorefrontSteps.CodesAsync(page));
            Assert.True(await page.Locator("li.code .copy-code").First.IsVisibleAsync(), "the theme's script shows the copy button");
            Assert.Empty(problems);
        }
        catch
        {
            host.WriteOutputTo(output);
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}

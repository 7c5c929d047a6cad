using Microsoft.Playwright;

namespace HuijinCardHub.E2E.Harness;

/// <summary>
/// Clicking a submit button and waiting for the answer page, also when the answer comes back at the same address
/// (a refused form renders in place): the old document is marked and the wait ends once a new one has loaded.
/// </summary>
internal static class PageLoads
{
    public static async Task ClickAndWaitForNewPageAsync(IPage page, ILocator button, float timeoutMs = 30_000)
    {
        await page.EvaluateAsync("() => { window.__huijinStale = true; }");
        await button.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__huijinStale !== true && document.readyState !== 'loading'", null,
            new PageWaitForFunctionOptions { Timeout = timeoutMs, PollingInterval = 100 });
    }
}

using Microsoft.Playwright;

namespace HuijinCardHub.E2E.Harness;

/// <summary>
/// Clicking a submit button and waiting for the answer page, also when the answer comes back at the same address
/// (a refused form renders in place): the old document is marked and the wait ends once a new one has loaded.
/// </summary>
internal static class PageLoads
{
    /// <summary>
    /// Waiting for an address counts as arrived once the new document is parsed: the load event waits for every
    /// image and stylesheet, and on a busy two-core CI machine one of them missed the 30 s default.
    /// </summary>
    public static PageWaitForURLOptions Arrived => new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 };

    public static async Task ClickAndWaitForNewPageAsync(IPage page, ILocator button, float timeoutMs = 30_000)
    {
        await page.EvaluateAsync("() => { window.__huijinStale = true; }");
        await button.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__huijinStale !== true && document.readyState !== 'loading'", null,
            new PageWaitForFunctionOptions { Timeout = timeoutMs, PollingInterval = 100 });
    }
}

using Microsoft.Playwright;

namespace HuijinCardHub.E2E.Harness;

/// <summary>
/// One headless Debian Chromium per test collection, driven by Playwright. Nothing is downloaded:
/// the browser is /usr/bin/chromium (test.sh installs it), features that phone home are off.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        System.Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        System.Environment.SetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH", "0");
        if (!File.Exists(ChromiumPath))
        {
            throw new FileNotFoundException("Debian's Chromium is missing: apt-get install chromium (test.sh does).", ChromiumPath);
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh context (own cookies) per person; zh-CN like a buyer in China, the shop's first language.</summary>
    public async Task<IPage> NewPageAsync(string locale = "zh-CN")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // Generous: CI shares 2 cores between the shop, Chromium and the test runner, and a slow page is not a failure.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

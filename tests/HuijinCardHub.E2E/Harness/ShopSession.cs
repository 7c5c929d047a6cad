using Microsoft.Playwright;

namespace HuijinCardHub.E2E.Harness;

/// <summary>
/// One test's shop and browser page. Disposing it copies the host's output into the test output
/// (xunit shows it when the test fails), then stops the host and throws its data away.
/// </summary>
internal sealed class ShopSession(ShopHost host, IPage page, ITestOutputHelper output) : IAsyncDisposable
{
    public ShopHost Host { get; } = host;

    public IPage Page { get; } = page;

    public static async Task<ShopSession> StartAsync(BrowserFixture browser, ITestOutputHelper output, ShopSetup? unattended = null)
    {
        var host = await ShopHost.StartAsync(unattended);
        try
        {
            return new ShopSession(host, await browser.NewPageAsync(), output);
        }
        catch
        {
            host.WriteOutputTo(output);
            await host.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Host.WriteOutputTo(output);
        await Page.Context.CloseAsync();
        await Host.DisposeAsync();
    }
}

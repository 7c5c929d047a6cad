namespace HuijinCardHub.E2E.Harness;

/// <summary>
/// One game-card shop (recipe <c>game-card-shop</c>) shared by the buyer and stock tests: a host start and a setup
/// cost seconds on two cores. Started on first use, so a run that needs no such shop pays nothing. The merchant
/// opens it once, through the browser: the sandbox payment channel on, the storefront in Jade. Tests that share it
/// must not depend on each other: each buys its own order, and none of them throttles the shop's order lookup.
/// </summary>
public sealed class GameCardShop : IAsyncLifetime
{
    internal static readonly ShopSetup Setup = new() { SiteName = "翡翠点卡商城", Recipe = "game-card-shop" };

    private readonly SemaphoreSlim opening = new(1, 1);
    private ShopHost? host;

    internal async Task<ShopHost> OpenAsync(BrowserFixture browser)
    {
        await opening.WaitAsync();
        try
        {
            if (host is not null)
            {
                return host.HasExited
                    ? throw new InvalidOperationException($"The shared game-card shop's host has exited:{Environment.NewLine}{string.Join(Environment.NewLine, host.Output)}")
                    : host;
            }

            var started = await ShopHost.StartAsync(Setup);
            try
            {
                var merchant = await browser.NewPageAsync();
                try
                {
                    await ShopPages.SignInAsync(merchant, started, Setup.AdminUserName, Setup.AdminPassword);
                    await MerchantSteps.TurnOnSandboxChannelAsync(merchant, started);
                    await MerchantSteps.UseSiteThemeAsync(merchant, started, "Jade");
                }
                finally
                {
                    await merchant.Context.CloseAsync();
                }
            }
            catch (Exception exception)
            {
                var output = string.Join(Environment.NewLine, started.Output);
                await started.DisposeAsync();
                throw new InvalidOperationException($"Opening the shared game-card shop failed: {exception.Message}{Environment.NewLine}{output}", exception);
            }

            host = started;
            return host;
        }
        finally
        {
            opening.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        opening.Dispose();
    }
}

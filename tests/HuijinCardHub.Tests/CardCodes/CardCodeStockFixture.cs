using HuijinCardHub.Catalog;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.CardCodes;

/// <summary>A shop set up from the default recipe with the card-code stock switched on.</summary>
public sealed class CardCodeShop : ShopFactory
{
    private readonly SemaphoreSlim _enabled = new(1, 1);
    private bool _isEnabled;

    /// <summary>Switches the feature on once, the way a merchant would in the admin.</summary>
    public async Task EnableAsync()
    {
        await _enabled.WaitAsync();
        try
        {
            if (!_isEnabled)
            {
                await using var scope = await ShellScopeAsync();
                await scope.ServiceProvider.GetRequiredService<IShellFeatures>().EnableAsync(["HuijinCardHub.CardCodes"]);
                _isEnabled = true;
            }
        }
        finally
        {
            _enabled.Release();
        }
    }

    public async Task<T> WithStockAsync<T>(Func<ICodeStock, IServiceProvider, Task<T>> action)
    {
        await EnableAsync();
        await using var scope = await ShellScopeAsync();
        return await action(scope.ServiceProvider.GetRequiredService<ICodeStock>(), scope.ServiceProvider);
    }

    public Task<T> WithStockAsync<T>(Func<ICodeStock, Task<T>> action) => WithStockAsync((stock, _) => action(stock));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _enabled.Dispose();
        }
    }
}

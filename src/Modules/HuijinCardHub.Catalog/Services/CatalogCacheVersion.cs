using Microsoft.Extensions.Primitives;

namespace HuijinCardHub.Catalog.Services;

/// <summary>One switch that drops every cached storefront read of the shell when the catalogue changes.</summary>
internal sealed class CatalogCacheVersion
{
    private CancellationTokenSource _source = new();

    public IChangeToken Token => new CancellationChangeToken(_source.Token);

    public void Changed()
    {
        var old = Interlocked.Exchange(ref _source, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
    }
}

using Microsoft.Extensions.Primitives;

namespace HuijinCardHub.Caching;

/// <summary>
/// One switch that drops every cache entry tied to it: register a module's instance as a shell singleton,
/// add <see cref="Token"/> to its IMemoryCache entries and call <see cref="Changed"/> after a write.
/// </summary>
public class CacheSignal
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

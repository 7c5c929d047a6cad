using HuijinCardHub.Kernel.Modules;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Kernel.Shells;

/// <summary>
/// A built shell: its service provider and pipeline. After a rebuild the old one is released and
/// disposed once its last in-flight request has finished.
/// </summary>
internal sealed class ShellContext(ShellSettings settings, IReadOnlyList<FeatureEntry> features, ServiceProviderHolder services) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private int _active;
    private bool _released;
    private bool _disposed;

    public ShellSettings Settings { get; } = settings;

    public IReadOnlyList<FeatureEntry> Features { get; } = features;

    public IServiceProvider Services => services.Provider;

    public RequestDelegate Pipeline { get; set; } = _ => Task.CompletedTask;

    public bool IsReleased => _released;

    /// <summary>Counts a request in; false when the shell is already gone (the caller fetches the new one).</summary>
    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_released)
            {
                return false;
            }

            _active++;
            return true;
        }
    }

    public ValueTask ExitAsync()
    {
        lock (_gate)
        {
            _active--;
            if (!_released || _active > 0)
            {
                return ValueTask.CompletedTask;
            }
        }

        return DisposeAsync();
    }

    public ValueTask ReleaseAsync()
    {
        lock (_gate)
        {
            _released = true;
            if (_active > 0)
            {
                return ValueTask.CompletedTask;
            }
        }

        return DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _released = true;
        }

        await services.DisposeAsync();
    }
}

/// <summary>Owns a shell's provider so it is disposed exactly once.</summary>
internal sealed class ServiceProviderHolder(IServiceProvider provider) : IAsyncDisposable
{
    public IServiceProvider Provider { get; } = provider;

    public ValueTask DisposeAsync() => Provider is IAsyncDisposable d ? d.DisposeAsync() : ValueTask.CompletedTask;
}

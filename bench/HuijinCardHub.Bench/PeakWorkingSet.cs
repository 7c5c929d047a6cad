namespace HuijinCardHub.Bench;

/// <summary>Samples the host's resident memory every 20 ms while something runs; keeps the highest.</summary>
internal sealed class PeakWorkingSet : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long peak;

    public PeakWorkingSet(BenchHost host)
    {
        peak = host.WorkingSet;
        sampling = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token))
                {
                    peak = Math.Max(peak, host.WorkingSet);
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        });
    }

    /// <summary>Stops sampling and returns the highest working set seen, in bytes.</summary>
    public async Task<long> StopAsync()
    {
        await stop.CancelAsync();
        await sampling;
        return peak;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
    }
}

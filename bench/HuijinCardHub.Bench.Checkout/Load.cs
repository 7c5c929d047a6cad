using System.Diagnostics;

namespace HuijinCardHub.Bench.Checkout;

/// <summary>One buyer's loop: buys one code per call.</summary>
internal interface IBuyer : IAsyncDisposable
{
    Task BuyAsync(CancellationToken cancellationToken);
}

internal sealed record LoadResult(long Count, double PerSecond, TimeSpan P50, TimeSpan P99);

/// <summary>N buyers in parallel: a warm-up that is not counted, then the measured phase.</summary>
internal static class Load
{
    public static async Task<LoadResult> RunAsync(CheckoutOptions options, Func<int, IBuyer> buyerFor)
    {
        var measuring = false;
        var timings = new List<double>[options.Workers];
        using var stop = new CancellationTokenSource();
        var buyers = Enumerable.Range(0, options.Workers).Select(worker => Task.Run(async () =>
        {
            await using var buyer = buyerFor(worker);
            var mine = timings[worker] = new List<double>(100_000);
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                await buyer.BuyAsync(CancellationToken.None);
                if (Volatile.Read(ref measuring))
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        })).ToList();

        await Task.Delay(options.Warmup);
        Volatile.Write(ref measuring, true);
        var clock = Stopwatch.StartNew();
        await Task.Delay(options.Duration);
        Volatile.Write(ref measuring, false);
        var elapsed = clock.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(buyers);

        var all = timings.SelectMany(t => t).Order().ToList();
        return new LoadResult(all.Count, all.Count / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static TimeSpan Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))]);
}

using System.Diagnostics;

namespace HuijinCardHub.Bench.Checkout;

/// <summary>One buyer's loop: buys one code per call.</summary>
internal interface IBuyer : IAsyncDisposable
{
    Task BuyAsync(CancellationToken cancellationToken);
}

internal sealed record LoadResult(long Count, double PerSecond, TimeSpan P50, TimeSpan P99);

/// <summary>
/// Both sides, each with N buyers in parallel: a warm-up of each that is not counted, then measured rounds that
/// alternate (shop, baseline, shop, baseline, ...), never both at once. This machine's disk changes speed by ×2
/// within a minute; one long window per side let a slow spell fall on one side only and moved the ratio by more
/// than any change to the shop did. Short alternating rounds share such spells between the sides.
/// </summary>
internal static class Load
{
    public static readonly TimeSpan Round = TimeSpan.FromSeconds(2);

    public static async Task<(LoadResult Shop, LoadResult Raw)> RunAlternatingAsync(
        CheckoutOptions options, Func<int, IBuyer> shopBuyer, Func<int, IBuyer> rawBuyer, Action<string> progress)
    {
        await using var shop = new Side(options.Workers, shopBuyer);
        await using var raw = new Side(options.Workers, rawBuyer);
        progress("shop side warm-up...");
        await shop.RunAsync(options.Warmup, measure: false);
        progress("raw SQL side warm-up...");
        await raw.RunAsync(options.Warmup, measure: false);

        var rounds = Math.Max(1, (int)Math.Round(options.Duration / Round));
        progress($"{rounds} measured rounds of {Round.TotalSeconds:0} s per side, alternating...");
        for (var round = 0; round < rounds; round++)
        {
            await shop.RunAsync(Round, measure: true);
            await raw.RunAsync(Round, measure: true);
        }

        return (shop.Result(), raw.Result());
    }

    /// <summary>One side's buyers, kept across rounds, and what its measured rounds counted.</summary>
    private sealed class Side(int workers, Func<int, IBuyer> buyerFor) : IAsyncDisposable
    {
        private readonly IBuyer[] _buyers = Enumerable.Range(0, workers).Select(buyerFor).ToArray();
        private readonly List<double>[] _timings = Enumerable.Range(0, workers).Select(_ => new List<double>(100_000)).ToArray();
        private TimeSpan _measured;

        public async Task RunAsync(TimeSpan length, bool measure)
        {
            using var stop = new CancellationTokenSource();
            var clock = Stopwatch.StartNew();
            var loops = _buyers.Select((buyer, worker) => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var started = Stopwatch.GetTimestamp();
                    await buyer.BuyAsync(CancellationToken.None);
                    if (measure && !stop.IsCancellationRequested)
                    {
                        _timings[worker].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
            })).ToList();

            await Task.Delay(length);
            var elapsed = clock.Elapsed;
            await stop.CancelAsync();
            await Task.WhenAll(loops);
            if (measure)
            {
                _measured += elapsed;
            }
        }

        public LoadResult Result()
        {
            var all = _timings.SelectMany(t => t).Order().ToList();
            return new LoadResult(all.Count, all.Count / _measured.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99));
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var buyer in _buyers)
            {
                await buyer.DisposeAsync();
            }
        }

        private static TimeSpan Percentile(List<double> sorted, double p) =>
            sorted.Count == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))]);
    }
}

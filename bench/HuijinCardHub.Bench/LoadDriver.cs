using System.Diagnostics;
using System.Net;

namespace HuijinCardHub.Bench;

/// <summary>What one measured phase produced.</summary>
internal sealed record LoadResult(long Requests, long Errors, TimeSpan Elapsed, TimeSpan P50, TimeSpan P99)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// N concurrent GET loops against one URL on loopback for a fixed time: a warm-up that is thrown
/// away, then the measured phase. Each loop keeps its own connection (the pool holds N).
/// </summary>
internal static class LoadDriver
{
    public static async Task<LoadResult> RunAsync(Uri url, int connections, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        await PhaseAsync(http, url, connections, warmup, cancellationToken);
        return await PhaseAsync(http, url, connections, duration, cancellationToken);
    }

    private static async Task<LoadResult> PhaseAsync(HttpClient http, Uri url, int connections, TimeSpan length, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var clock = Stopwatch.StartNew();
        deadline.CancelAfter(length);
        var loops = Enumerable.Range(0, connections).Select(_ => Task.Run(() => LoopAsync(http, url, deadline.Token), CancellationToken.None)).ToList();
        var results = await Task.WhenAll(loops);
        var elapsed = clock.Elapsed;
        cancellationToken.ThrowIfCancellationRequested();

        var latencies = results.SelectMany(r => r.Latencies).Order().ToList();
        return new LoadResult(
            results.Sum(r => (long)r.Latencies.Count),
            results.Sum(r => r.Errors),
            elapsed,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99));
    }

    private static async Task<(List<TimeSpan> Latencies, long Errors)> LoopAsync(HttpClient http, Uri url, CancellationToken stop)
    {
        var latencies = new List<TimeSpan>(capacity: 16_384);
        long errors = 0;
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, stop);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started));
                }
                else
                {
                    errors++;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (HttpRequestException)
            {
                errors++;
            }
        }

        return (latencies, errors);
    }

    private static TimeSpan Percentile(List<TimeSpan> sorted, double quantile) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * quantile))];
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using HuijinCardHub.Search.Indexing;
using Lucene.Net.Store;

namespace HuijinCardHub.Bench;

/// <summary>
/// The goods index on its own, in process: builds an index of 100,000 generated goods in a temporary folder (as a
/// shop keeps it in App_Data), then times 10,000 storefront searches (top 100, as /search asks) one after another,
/// and 200 single-goods updates (write, commit, refresh: what a save in the admin costs).
/// </summary>
internal static class SearchScenario
{
    private const int GoodsCount = 100_000;
    private const int QueryCount = 10_000;
    private const int WarmupQueries = 1_000;
    private const int UpdateCount = 200;
    private const int Take = 100;

    public static Task<string> RunAsync(CancellationToken cancellationToken)
    {
        using var folder = new TempAppData();
        var loadBefore = LoadAverage();
        Console.Error.WriteLine($"search: indexing {GoodsCount:N0} goods...");
        var build = Stopwatch.StartNew();
        using var index = new GoodsIndex(FSDirectory.Open(folder.Path));
        index.ReplaceAll(SearchCatalogue.Goods(GoodsCount), DateTime.UtcNow);
        build.Stop();
        var bytes = new DirectoryInfo(folder.Path).EnumerateFiles().Sum(f => f.Length);

        var queries = SearchCatalogue.QueriesToAsk(QueryCount);
        foreach (var query in queries.Take(WarmupQueries))
        {
            index.Search(query, Take);
        }

        Console.Error.WriteLine($"search: {QueryCount:N0} queries...");
        var searches = new double[QueryCount];
        var hits = 0L;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < queries.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var one = Stopwatch.GetTimestamp();
            hits += index.Search(queries[i], Take).Count;
            searches[i] = Stopwatch.GetElapsedTime(one).TotalMilliseconds;
        }

        total.Stop();
        var slowest = queries.Select((q, i) => (q, searches[i])).GroupBy(x => x.q)
            .Select(g => (Query: g.Key, P50: Percentile(g.Select(x => x.Item2).ToArray(), 0.50), P99: Percentile(g.Select(x => x.Item2).ToArray(), 0.99)))
            .OrderByDescending(x => x.P99).Take(5).ToList();
        var updates = new double[UpdateCount];
        var changed = SearchCatalogue.Goods(UpdateCount).ToList();
        for (var i = 0; i < UpdateCount; i++)
        {
            var one = Stopwatch.GetTimestamp();
            index.Apply([changed[i] with { Name = changed[i].Name + " 新版" }], []);
            updates[i] = Stopwatch.GetElapsedTime(one).TotalMilliseconds;
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Index of {GoodsCount:N0} generated goods (name, summary, description; bigram + SmartCn fields) in a temporary folder: built in {build.Elapsed.TotalSeconds:0.0} s, {bytes / 1024.0 / 1024.0:0.0} MiB. Queries: {QueryCount:N0} drawn from {SearchCatalogue.QueriesToAsk(QueryCount).Distinct().Count()} typical ones (点券, Q币, 王者荣耀, 移动话费 100元, a:b*\"(, ...), top {Take}, one thread, after {WarmupQueries:N0} warm-up queries; {hits / (double)QueryCount:0.0} hits per query on average.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Load average (1 min) of the machine before / after: {loadBefore} / {LoadAverage()}; other work on the cores shows in the tail.");
        text.AppendLine();
        text.AppendLine("| Operation | count | p50 | p99 | max | rate |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| search, top {Take} | {QueryCount:N0} | {Ms(Percentile(searches, 0.50))} | **{Ms(Percentile(searches, 0.99))}** | {Ms(searches.Max())} | {QueryCount / total.Elapsed.TotalSeconds:N0}/s |");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| update one goods (write, commit, refresh) | {UpdateCount:N0} | {Ms(Percentile(updates, 0.50))} | {Ms(Percentile(updates, 0.99))} | {Ms(updates.Max())} | |");
        text.AppendLine();
        text.AppendLine("Slowest queries (p50 / p99): " + string.Join(", ", slowest.Select(x => $"`{x.Query}` {Ms(x.P50)} / {Ms(x.P99)}")) + ".");
        return Task.FromResult(text.ToString());
    }

    private static double Percentile(double[] values, double rank)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(rank * sorted.Length) - 1)];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string Ms(double value) => value.ToString("0.00 'ms'", CultureInfo.InvariantCulture);
}

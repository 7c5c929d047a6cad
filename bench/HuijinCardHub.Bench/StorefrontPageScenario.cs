using System.Globalization;
using System.Text;

namespace HuijinCardHub.Bench;

/// <summary>A storefront page to load: which scenario it is, the shop template it comes from, and its path.</summary>
internal sealed record StorefrontPage(string Scenario, string Title, string Recipe, string Path)
{
    public static readonly StorefrontPage Home = new("home", "Home page", "default", "/");

    /// <summary>A goods page of the game-card template with variants and stock (recipes/game-card-shop.recipe.json).</summary>
    public static readonly StorefrontPage Goods = new("goods", "Goods page", "game-card-shop", "/goods/qq-coins");
}

/// <summary>
/// Storefront page throughput: the set-up shop's GET of the page against a bare Kestrel serving the same bytes,
/// each driven by the same loops in the same run, one after the other (never both at once on 2 cores).
/// </summary>
internal static class StorefrontPageScenario
{
    public static async Task<string> RunAsync(BenchOptions options, StorefrontPage page, CancellationToken cancellationToken)
    {
        using var appData = new TempAppData();
        await using var host = BenchHost.Start(options.HostDll, appData.Path, new ShopSetup(page.Recipe));
        Console.Error.WriteLine($"{page.Scenario}: starting and setting up the shop (recipe {page.Recipe})...");
        await host.WaitForOkAsync("/health/ready", cancellationToken);
        await host.WaitForOkAsync(page.Path, cancellationToken);

        var shopPage = new Uri(host.BaseAddress, page.Path);
        var (body, contentType) = await FetchAsync(shopPage, cancellationToken);
        await using var bare = await BareEndpoint.StartAsync(body, contentType, cancellationToken);
        var barePage = new Uri(new Uri(bare.Urls.Single()), "/");

        Console.Error.WriteLine($"{page.Scenario}: bare Kestrel, {options.Connections} connections, {options.Duration.TotalSeconds} s...");
        // wrk, when installed, loads from its own process; otherwise the same in-process loops drive both servers.
        Func<Uri, Task<LoadResult>> drive = WrkDriver.IsAvailable
            ? url => WrkDriver.RunAsync(url, options.Connections, options.Warmup, options.Duration, cancellationToken)
            : url => LoadDriver.RunAsync(url, options.Connections, options.Warmup, options.Duration, cancellationToken);
        var driver = WrkDriver.IsAvailable ? "wrk -t1 (a separate process)" : "in-process HttpClient loops";
        var bareResult = await drive(barePage);
        Console.Error.WriteLine($"{page.Scenario}: shop storefront {page.Path}, {options.Connections} connections, {options.Duration.TotalSeconds} s...");
        var shopResult = await drive(shopPage);
        var allocated = await AllocatedPerRequestAsync(host, shopPage, cancellationToken);

        var table = new StringBuilder();
        var where = page.Path == "/" ? "" : $" `{page.Path}` (recipe `{page.Recipe}`)";
        table.AppendLine(CultureInfo.InvariantCulture,
            $"{page.Title}{where}: {body.Length:N0} bytes, `{contentType}`; load: {driver}, {options.Connections} connections, warm-up {options.Warmup.TotalSeconds:0} s, measured {options.Duration.TotalSeconds:0} s each.");
        table.AppendLine();
        table.AppendLine("| Server | req/s | p50 | p99 | errors |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        table.AppendLine(Row("bare Kestrel, same bytes", bareResult));
        table.AppendLine(Row($"HuijinCardHub storefront GET {page.Path}", shopResult));
        table.AppendLine(CultureInfo.InvariantCulture,
            $"| **shop / bare** | **{shopResult.RequestsPerSecond / bareResult.RequestsPerSecond:0.00}** | | | |");
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"The shop allocated **{allocated:N0} bytes per request** ({AllocationRequests:N0} requests one after another, read from the runtime's `dotnet.gc.heap.total_allocated` on `/metrics`).");
        return table.ToString();
    }

    private const int AllocationRequests = 2_000;

    /// <summary>
    /// What one page costs the GC, a figure that does not swing with the machine like req/s: the host's total
    /// allocated bytes (the runtime's meter on /metrics) before and after a fixed number of requests. The two
    /// scrapes' own allocations are spread over those requests (tens of bytes each).
    /// </summary>
    private static async Task<long> AllocatedPerRequestAsync(BenchHost host, Uri page, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var before = await TotalAllocatedAsync(http, host, cancellationToken);
        for (var i = 0; i < AllocationRequests; i++)
        {
            using var response = await http.GetAsync(page, cancellationToken);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }

        var after = await TotalAllocatedAsync(http, host, cancellationToken);
        return (after - before) / AllocationRequests;
    }

    private static async Task<long> TotalAllocatedAsync(HttpClient http, BenchHost host, CancellationToken cancellationToken)
    {
        var metrics = await http.GetStringAsync(new Uri(host.BaseAddress, "/metrics"), cancellationToken);
        var line = metrics.Split('\n').FirstOrDefault(l => l.StartsWith("dotnet_gc_heap_total_allocated_bytes", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("/metrics has no dotnet_gc_heap_total_allocated_bytes");
        return (long)double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private static async Task<(byte[] Body, string ContentType)> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(url, cancellationToken);
        response.EnsureSuccessStatusCode();
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "text/html; charset=utf-8";
        return (await response.Content.ReadAsByteArrayAsync(cancellationToken), contentType);
    }

    private static string Row(string server, LoadResult result) => string.Create(CultureInfo.InvariantCulture,
        $"| {server} | {result.RequestsPerSecond:N0} | {result.P50.TotalMilliseconds:0.00} ms | {result.P99.TotalMilliseconds:0.00} ms | {result.Errors} |");
}

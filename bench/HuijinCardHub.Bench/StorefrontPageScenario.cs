using System.Globalization;
using System.Text;

namespace HuijinCardHub.Bench;

/// <summary>
/// Storefront home throughput: the set-up shop's GET / against a bare Kestrel serving the same bytes,
/// each driven by the same loops in the same run, one after the other (never both at once on 2 cores).
/// </summary>
internal static class HomeScenario
{
    public static async Task<string> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        using var appData = new TempAppData();
        await using var host = BenchHost.Start(options.HostDll, appData.Path);
        Console.Error.WriteLine("home: starting and setting up the shop...");
        await host.WaitForOkAsync("/health/ready", cancellationToken);
        await host.WaitForOkAsync("/", cancellationToken);

        var shopHome = new Uri(host.BaseAddress, "/");
        var (body, contentType) = await FetchAsync(shopHome, cancellationToken);
        await using var bare = await BareEndpoint.StartAsync(body, contentType, cancellationToken);
        var bareHome = new Uri(new Uri(bare.Urls.Single()), "/");

        Console.Error.WriteLine($"home: bare Kestrel, {options.Connections} connections, {options.Duration.TotalSeconds} s...");
        // wrk, when installed, loads from its own process; otherwise the same in-process loops drive both servers.
        Func<Uri, Task<LoadResult>> drive = WrkDriver.IsAvailable
            ? url => WrkDriver.RunAsync(url, options.Connections, options.Warmup, options.Duration, cancellationToken)
            : url => LoadDriver.RunAsync(url, options.Connections, options.Warmup, options.Duration, cancellationToken);
        var driver = WrkDriver.IsAvailable ? "wrk -t1 (a separate process)" : "in-process HttpClient loops";
        var bareResult = await drive(bareHome);
        Console.Error.WriteLine($"home: shop storefront, {options.Connections} connections, {options.Duration.TotalSeconds} s...");
        var shopResult = await drive(shopHome);

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"Home page: {body.Length:N0} bytes, `{contentType}`; load: {driver}, {options.Connections} connections, warm-up {options.Warmup.TotalSeconds:0} s, measured {options.Duration.TotalSeconds:0} s each.");
        table.AppendLine();
        table.AppendLine("| Server | req/s | p50 | p99 | errors |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        table.AppendLine(Row("bare Kestrel, same bytes", bareResult));
        table.AppendLine(Row("HuijinCardHub storefront GET /", shopResult));
        table.AppendLine(CultureInfo.InvariantCulture,
            $"| **shop / bare** | **{shopResult.RequestsPerSecond / bareResult.RequestsPerSecond:0.00}** | | | |");
        return table.ToString();
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

using System.Globalization;
using System.Text;

namespace HuijinCardHub.Bench;

/// <summary>
/// How long until a shop answers: the first start on an empty app-data folder (runs setup), then
/// restarts on the same, already set-up folder: the figure a merchant sees after a deploy or a crash.
/// </summary>
internal static class ColdStartScenario
{
    public static async Task<string> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        using var appData = new TempAppData();
        var rows = new List<(string Start, TimeSpan Ready, TimeSpan Home)>();
        for (var run = 0; run <= options.Restarts; run++)
        {
            var label = run == 0 ? "first start (runs setup)" : $"restart {run} (set-up shop)";
            Console.Error.WriteLine($"coldstart: {label}...");
            await using var host = BenchHost.Start(options.HostDll, appData.Path);
            var ready = await host.WaitForOkAsync("/health/ready", cancellationToken);
            var home = await host.WaitForOkAsync("/", cancellationToken);
            rows.Add((label, ready, home));
        }

        var table = new StringBuilder();
        table.AppendLine("| Start | /health/ready 200 | first GET / 200 |");
        table.AppendLine("| --- | ---: | ---: |");
        foreach (var (start, ready, home) in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {start} | {Seconds(ready)} | {Seconds(home)} |");
        }

        var restarts = rows.Skip(1).ToList();
        if (restarts.Count > 0)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| **cold start of a set-up shop (median of {restarts.Count})** | **{Seconds(Median(restarts.Select(r => r.Ready)))}** | **{Seconds(Median(restarts.Select(r => r.Home)))}** |");
        }

        return table.ToString();
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00 's'", CultureInfo.InvariantCulture);
}

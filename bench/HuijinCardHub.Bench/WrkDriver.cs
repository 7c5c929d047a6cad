using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HuijinCardHub.Bench;

/// <summary>
/// Drives a URL with wrk (Debian's package) from its own process, so the load generator does not share the
/// measured server's process or runtime. Used when wrk is installed; the in-process HttpClient loops otherwise.
/// </summary>
internal static partial class WrkDriver
{
    public static bool IsAvailable => File.Exists("/usr/bin/wrk");

    public static async Task<LoadResult> RunAsync(Uri url, int connections, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        await RunWrkAsync(url, connections, warmup, cancellationToken);
        var output = await RunWrkAsync(url, connections, duration, cancellationToken);
        var counted = RequestsPattern().Match(output);
        if (!counted.Success)
        {
            throw new InvalidOperationException("wrk printed no figure: " + output);
        }

        var requests = long.Parse(counted.Groups[1].Value, CultureInfo.InvariantCulture);
        var elapsed = TimeSpan.FromSeconds(double.Parse(counted.Groups[2].Value, CultureInfo.InvariantCulture));
        var errors = (long)Number(NonSuccessPattern(), output, 0) + SocketErrors(output);
        return new LoadResult(requests, errors, elapsed, Latency(output, "50%"), Latency(output, "99%"));
    }

    private static async Task<string> RunWrkAsync(Uri url, int connections, TimeSpan length, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/usr/bin/wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "-t1", $"-c{connections}", $"-d{Math.Max(1, (int)length.TotalSeconds)}s", "--latency", url.ToString() },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return output;
    }

    private static double Number(Regex pattern, string output, double? fallback = null)
    {
        var match = pattern.Match(output);
        return match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : fallback ?? throw new InvalidOperationException("wrk printed no figure: " + output);
    }

    private static long SocketErrors(string output) =>
        SocketErrorPattern().Matches(output).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    private static TimeSpan Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([0-9.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return TimeSpan.Zero;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => TimeSpan.FromMicroseconds(value),
            "ms" => TimeSpan.FromMilliseconds(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }

    [GeneratedRegex(@"^\s*(\d+) requests in ([0-9.]+)s", RegexOptions.Multiline)]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccessPattern();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketErrorPattern();
}

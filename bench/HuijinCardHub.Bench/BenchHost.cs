using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HuijinCardHub.Bench;

/// <summary>
/// The built host as a child process on a free loopback port, set up unattended from Setup__* variables
/// against the given app-data folder. The stopwatch starts right before the process does.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    public const string AdminUserName = "admin";

    public const string AdminPassword = "Passw0rd!2026";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private BenchHost(Process process, Uri baseAddress, Stopwatch sinceStart)
    {
        this.process = process;
        BaseAddress = baseAddress;
        SinceStart = sinceStart;
    }

    public Uri BaseAddress { get; }

    public Stopwatch SinceStart { get; }

    /// <summary>CPU time the host has used so far (user and kernel): unlike wall time, not inflated by other processes on the machine.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>The host's resident memory now (RSS on Linux).</summary>
    public long WorkingSet
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    public static BenchHost Start(string hostDll, string appData, ShopSetup? setup = null)
    {
        setup ??= ShopSetup.Default;
        if (!File.Exists(hostDll))
        {
            throw new FileNotFoundException("Build the host first: dotnet build HuijinCardHub.sln -c Release", hostDll);
        }

        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["HuijinCardHub__AppData"] = appData;
        // The allocation figure reads /metrics, which since 575cb24 answers only listed addresses or a token.
        start.Environment["HuijinCardHub__Metrics__AllowedAddresses"] = "127.0.0.1";
        start.Environment["Setup__SiteName"] = "汇锦基准测试店";
        start.Environment["Setup__Recipe"] = setup.Recipe;
        start.Environment["Setup__AdminUserName"] = AdminUserName;
        start.Environment["Setup__AdminEmail"] = "admin@example.com";
        start.Environment["Setup__AdminPassword"] = AdminPassword;
        start.Environment["Setup__DatabaseProvider"] = setup.ConnectionString is null ? "Sqlite" : "Postgres";
        if (setup.ConnectionString is not null)
        {
            start.Environment["Setup__ConnectionString"] = setup.ConnectionString;
        }

        // Console logging per request would measure the terminal, not the shop.
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var process = new Process { StartInfo = start };
        var sinceStart = Stopwatch.StartNew();
        process.Start();
        var host = new BenchHost(process, baseAddress, sinceStart);
        process.OutputDataReceived += (_, e) => host.Record(e.Data);
        process.ErrorDataReceived += (_, e) => host.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Polls until the path answers 200; returns the time since the process started.</summary>
    public async Task<TimeSpan> WaitForOkAsync(string path, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        while (SinceStart.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return SinceStart.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10, cancellationToken);
        }

        throw new TimeoutException($"{path} did not answer 200 within {StartTimeout}:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }
}

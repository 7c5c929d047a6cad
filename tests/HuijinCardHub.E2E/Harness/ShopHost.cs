using System.Collections.Concurrent;
using System.Diagnostics;

namespace HuijinCardHub.E2E.Harness;

/// <summary>
/// The real host as a child process (<c>dotnet HuijinCardHub.Web.dll</c> from the Release build) on a free
/// loopback port, with its own temporary App_Data and database. Fresh (setup page showing) unless
/// <see cref="StartAsync"/> is given a <see cref="ShopSetup"/> to run unattended.
/// </summary>
internal sealed class ShopHost : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly ConcurrentQueue<string> output = new();
    private readonly Process process;
    private readonly string appData;

    private ShopHost(Process process, string appData, Uri baseAddress, ShopDatabase database)
    {
        this.process = process;
        this.appData = appData;
        BaseAddress = baseAddress;
        Database = database;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the setup form must be told (Postgres and its connection string on the PostgreSQL run).</summary>
    public ShopDatabase Database { get; }

    /// <summary>True once the host process has ended (killed from outside, or crashed).</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Everything the host printed so far, stdout and stderr interleaved.</summary>
    public IReadOnlyList<string> Output => [.. output];

    public static async Task<ShopHost> StartAsync(ShopSetup? unattended = null, CancellationToken cancellationToken = default)
    {
        var dll = SolutionFolder.WebHostDll;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build the solution in Release first (./test.sh does).", dll);
        }

        var database = await ShopDatabase.CreateAsync(cancellationToken);
        var appData = Directory.CreateTempSubdirectory("huijin-e2e-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var (name, value) in HostEnvironment(appData, baseAddress, database, unattended))
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new ShopHost(process, appData, baseAddress, database);
        process.OutputDataReceived += (_, e) => host.Record(e.Data);
        process.ErrorDataReceived += (_, e) => host.Record(e.Data);
        // 143 means someone sent SIGTERM (the log then ends with "Application is shutting down"), 137 SIGKILL.
        process.Exited += (_, _) => host.RecordExit();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilLiveAsync(cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>Writes the host's output into the test's output, where a failing test shows it.</summary>
    public void WriteOutputTo(ITestOutputHelper testOutput)
    {
        testOutput.WriteLine($"--- host output ({BaseAddress}, {Database.Provider}) ---");
        foreach (var line in output)
        {
            testOutput.WriteLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        await Database.DisposeAsync();
        try
        {
            Directory.Delete(appData, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying child: the temp folder is the OS's to clean then.
        }
    }

    private static IEnumerable<(string Name, string Value)> HostEnvironment(string appData, Uri baseAddress, ShopDatabase database, ShopSetup? unattended)
    {
        yield return ("ASPNETCORE_URLS", baseAddress.ToString().TrimEnd('/'));
        yield return ("ASPNETCORE_ENVIRONMENT", "Production");
        yield return ("HuijinCardHub__AppData", appData);
        yield return ("DOTNET_NOLOGO", "1");
        if (unattended is null)
        {
            yield break;
        }

        yield return ("Setup__SiteName", unattended.SiteName);
        yield return ("Setup__Recipe", unattended.Recipe);
        yield return ("Setup__AdminUserName", unattended.AdminUserName);
        yield return ("Setup__AdminEmail", unattended.AdminEmail);
        yield return ("Setup__AdminPassword", unattended.AdminPassword);
        yield return ("Setup__DatabaseProvider", database.Provider);
        if (database.ConnectionString is not null)
        {
            yield return ("Setup__ConnectionString", database.ConnectionString);
        }
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private void RecordExit()
    {
        try
        {
            Record($"[host process exited with code {process.ExitCode}]");
        }
        catch (InvalidOperationException)
        {
            // Already disposed by DisposeAsync: the end was ours.
        }
    }

    private async Task WaitUntilLiveAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before /health/live answered:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health/live", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // One slow answer during start-up; ask again.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"The host did not answer /health/live within {StartTimeout}:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
    }
}

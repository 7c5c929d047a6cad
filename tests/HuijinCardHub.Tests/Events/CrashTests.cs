using System.Collections.Concurrent;
using System.Diagnostics;
using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Events;

/// <summary>
/// The shop process is killed (SIGKILL, no shutdown of any kind) after a payment committed and before any worker
/// handled its events; started again on the same database, every subscriber still runs, exactly once.
/// </summary>
public sealed class CrashTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(150);

    [Fact]
    public Task A_shop_killed_right_after_a_payment_committed_runs_each_subscriber_once_when_started_again() =>
        CrashAndResumeAsync(killMidHandler: false);

    /// <summary>
    /// The worker handled the first subscriber, and the second has written its note but not committed when the process
    /// is killed: that note dies with the transaction, the first is not run again, and the other two run once.
    /// </summary>
    [Fact]
    public Task A_shop_killed_in_the_middle_of_a_handler_commits_each_subscriber_once_when_started_again() =>
        CrashAndResumeAsync(killMidHandler: true);

    private static async Task CrashAndResumeAsync(bool killMidHandler)
    {
        var appData = Directory.CreateTempSubdirectory("huijin-crash-").FullName;
        var database = TestDatabase.Create();
        try
        {
            string committed;
            using (var paying = ShopProcess.Start("pay", appData, database))
            {
                committed = await paying.WaitForLineAsync(CrashShop.Committed, Patience);
                Assert.False(paying.HasExited, "the shop waits to be killed");
                paying.Kill();
                Assert.Equal(137, paying.ExitCode);
            }

            var parts = committed.Split(' ');
            var (orderNo, eventId) = (parts[1], parts[2]);
            Assert.Equal("untouched-deliveries=3", parts[3]);

            if (killMidHandler)
            {
                using var stalled = ShopProcess.Start("stall", appData, database);
                await stalled.WaitForLineAsync(PaidWebhook.Hanging, Patience);
                stalled.Kill();
                Assert.Equal(137, stalled.ExitCode);
            }

            using var resumed = ShopProcess.Start("resume", appData, database);
            await resumed.WaitForLineAsync(CrashShop.Done, Patience);
            var notes = resumed.Lines.Where(l => l.StartsWith(CrashShop.Note + " ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToList();
            string[] handlers = [EventsShop.HandlerName<CommissionBook>(), EventsShop.HandlerName<PaidWebhook>(), EventsShop.HandlerName<FussyRiskCheck>()];
            foreach (var handler in handlers)
            {
                var note = Assert.Single(notes, n => n[1] == handler);
                Assert.Equal(eventId, note[2], ignoreCase: true);
                Assert.Equal(orderNo, note[3]);
            }

            Assert.Equal(handlers.Length, notes.Count);
        }
        finally
        {
            database.Drop();
            try
            {
                Directory.Delete(appData, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the dying child: the OS cleans the temp folder.
            }
        }
    }

    /// <summary>This test assembly started as the crash shop (see <see cref="CrashShopProgram"/>).</summary>
    private sealed class ShopProcess : IDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _lines = new();

        private ShopProcess(Process process) => _process = process;

        public IReadOnlyList<string> Lines => [.. _lines];

        public bool HasExited => _process.HasExited;

        public int ExitCode => _process.ExitCode;

        public static ShopProcess Start(string mode, string appData, TestDatabase database)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { typeof(CrashShop).Assembly.Location, "crash-shop", mode, appData, database.Provider.ToString(), database.ConnectionString ?? "" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_NOLOGO"] = "1";
            var shop = new ShopProcess(new Process { StartInfo = start });
            shop._process.OutputDataReceived += (_, e) => shop.Record(e.Data);
            shop._process.ErrorDataReceived += (_, e) => shop.Record(e.Data);
            shop._process.Start();
            shop._process.BeginOutputReadLine();
            shop._process.BeginErrorReadLine();
            return shop;
        }

        public async Task<string> WaitForLineAsync(string start, TimeSpan patience)
        {
            var until = DateTime.UtcNow + patience;
            while (DateTime.UtcNow < until)
            {
                if (_lines.FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal)) is { } line)
                {
                    return line;
                }

                if (_process.HasExited)
                {
                    await _process.WaitForExitAsync();
                    break;
                }

                await Task.Delay(100);
            }

            Assert.Fail($"no \"{start}\" line from the shop process:{Environment.NewLine}{string.Join(Environment.NewLine, _lines.TakeLast(60))}");
            return "";
        }

        /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }

            _process.Dispose();
        }

        private void Record(string? line)
        {
            if (line is not null)
            {
                _lines.Enqueue(line);
            }
        }
    }
}

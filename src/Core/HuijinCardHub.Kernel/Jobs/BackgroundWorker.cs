using HuijinCardHub.Kernel.Shells;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Kernel.Jobs;

/// <summary>
/// The host's worker: for every running shell, drains the outbox and runs due recurring jobs.
/// Durable by construction: all state is in the database, so a restart picks up where it stopped.
/// </summary>
internal sealed class BackgroundWorker(ShellHost shells, IConfiguration configuration, ILogger<BackgroundWorker> logger) : BackgroundService
{
    /// <summary>Names this process in outbox claims and job leases; unique per start.</summary>
    public static readonly string Node = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(configuration.GetValue("HuijinCardHub:Jobs:PollSeconds", 1.0));
        var lease = TimeSpan.FromSeconds(configuration.GetValue("HuijinCardHub:Jobs:LeaseSeconds", 120.0));
        using var timer = new PeriodicTimer(poll);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!shells.IsReady)
            {
                continue;
            }

            foreach (var shell in shells.RunningShells.ToList())
            {
                if (!shell.TryEnter())
                {
                    continue;
                }

                try
                {
                    await new OutboxProcessor(shell.Services, Node, logger, lease).DrainOnceAsync(stoppingToken);
                    await new RecurringJobRunner(shell.Services, Node, logger).RunDueAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Background work failed for tenant {Tenant}", shell.Settings.Name);
                }
                finally
                {
                    await shell.ExitAsync();
                }
            }
        }
    }
}

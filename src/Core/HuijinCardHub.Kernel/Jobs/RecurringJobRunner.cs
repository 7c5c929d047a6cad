using HuijinCardHub.Jobs;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Kernel.Jobs;

/// <summary>Runs a shell's due recurring jobs. A lease row taken by one conditional update means one node per interval.</summary>
internal sealed class RecurringJobRunner(IServiceProvider shellServices, string node, ILogger logger)
{
    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        await using var listScope = shellServices.CreateAsyncScope();
        foreach (var job in listScope.ServiceProvider.GetServices<IRecurringJob>())
        {
            await using var scope = shellServices.CreateAsyncScope();
            if (!await TryLeaseAsync(scope.ServiceProvider, job, cancellationToken))
            {
                continue;
            }

            try
            {
                await job.RunAsync(scope.ServiceProvider, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Recurring job {Job} failed", job.Name);
            }
        }
    }

    private async Task<bool> TryLeaseAsync(IServiceProvider services, IRecurringJob job, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<KernelDbContext>();
        var now = services.GetRequiredService<IClock>().UtcNow;
        var until = now + job.Interval;
        var taken = await db.JobLeases.Where(l => l.Name == job.Name && l.LeaseUntilUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, node).SetProperty(l => l.LeaseUntilUtc, until).SetProperty(l => l.LastRunUtc, now), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == job.Name, cancellationToken))
        {
            return false;
        }

        try
        {
            db.JobLeases.Add(new JobLeaseRow { Name = job.Name, Holder = node, LeaseUntilUtc = until, LastRunUtc = now });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node inserted the lease first.
            return false;
        }
    }
}

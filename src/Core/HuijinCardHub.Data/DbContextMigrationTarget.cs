using System.Reflection;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Data;

internal sealed class DbContextMigrationTarget<TContext> : IDataMigrationTarget
    where TContext : ModuleDbContext
{
    private static readonly IReadOnlyList<string> Ids = typeof(TContext).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(TContext))
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .ToList();

    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    public string Name => typeof(TContext).Name;

    public IReadOnlyList<string> MigrationIds => Ids;

    public async Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        var context = scopedServices.GetRequiredService<TContext>();
        // At start nearly every context is current: one history query is much cheaper than Migrate's lock dance.
        if (!(await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }

        // EF waits for its migrations lock without end; a lock left behind by a crashed migration must
        // become a clear error for the merchant, not a feature switch that never returns.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(LockTimeout);
        try
        {
            await context.Database.MigrateAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ShopException(new Bilingual(
                $"{Name} 的数据库迁移超时：可能有中断的迁移留下了 __EFMigrationsLock 锁",
                $"Migrating {Name} timed out: an interrupted migration may have left the __EFMigrationsLock lock behind"));
        }
    }
}

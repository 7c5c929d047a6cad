using System.Reflection;
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

    public string Name => typeof(TContext).Name;

    public IReadOnlyList<string> MigrationIds => Ids;

    public async Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        var context = scopedServices.GetRequiredService<TContext>();
        // At start nearly every context is current: one history query is much cheaper than Migrate's lock dance.
        if ((await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await context.Database.MigrateAsync(cancellationToken);
        }
    }
}

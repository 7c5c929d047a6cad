using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Data;

internal sealed class DbContextMigrationTarget<TContext> : IDataMigrationTarget
    where TContext : ModuleDbContext
{
    public string Name => typeof(TContext).Name;

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

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuijinCardHub.Data;

public static class ModuleDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's context on the shell's shared connection (SQLite or PostgreSQL as the shell
    /// says) and lets the kernel migrate it when the feature is enabled and at start.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services)
        where TContext : ModuleDbContext
    {
        services.TryAddScoped<ShellUnitOfWork>();
        services.TryAddScoped<IUnitOfWork>(sp => sp.GetRequiredService<ShellUnitOfWork>());
        services.TryAddScoped<ShellSql>();
        services.AddScoped(sp =>
        {
            // Contexts come from a pool per shell database and only take the scope's shared connection: building a
            // context's services anew (EF's internal scope, the model lookup, a logger per context) cost more than
            // the queries of a checkout. Disposing the scope gives the context back, its state reset.
            var database = sp.GetRequiredService<IShellDatabase>();
            var context = SharedPool<TContext>.For(database).CreateDbContext();
            context.Database.SetDbConnection(database.Connection);
            sp.GetRequiredService<ShellUnitOfWork>().Track(context);
            return context;
        });
        services.AddSingleton<IDataMigrationTarget, DbContextMigrationTarget<TContext>>();
        return services;
    }

    private static class SharedPool<TContext> where TContext : ModuleDbContext
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(DatabaseProvider, string), PooledDbContextFactory<TContext>> Pools = new();

        public static PooledDbContextFactory<TContext> For(IShellDatabase database) =>
            Pools.GetOrAdd((database.Provider, database.ConnectionString), key =>
            {
                var builder = new DbContextOptionsBuilder<TContext>();
                if (key.Item1 == DatabaseProvider.Sqlite)
                {
                    builder.UseSqlite(o => o.MigrationsHistoryTable(HistoryTableOf<TContext>()));
                }
                else
                {
                    builder.UseNpgsql(o => o.MigrationsHistoryTable(HistoryTableOf<TContext>()));
                }

                builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
                return new PooledDbContextFactory<TContext>(builder.Options);
            });
    }

    private static string HistoryTableOf<TContext>() where TContext : ModuleDbContext =>
        ModuleDbContext.HistoryTable(PrefixCache<TContext>.Prefix);

    /// <summary>Reads the prefix once from an options-less instance shape.</summary>
    private static class PrefixCache<TContext> where TContext : ModuleDbContext
    {
        public static readonly string Prefix =
            ((ModuleDbContext)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(TContext))).ModulePrefix;
    }
}

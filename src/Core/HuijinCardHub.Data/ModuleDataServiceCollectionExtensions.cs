using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
            // Options are built once per shell and database; each scope only hands the context its shared connection.
            // Building options per request (UseSqlite, warnings, the internal provider lookup) cost more than the query.
            var database = sp.GetRequiredService<IShellDatabase>();
            var options = SharedOptions<TContext>.For(database);
            var context = (TContext)SharedOptions<TContext>.Factory(sp, [options]);
            context.Database.SetDbConnection(database.Connection);
            sp.GetRequiredService<ShellUnitOfWork>().Track(context);
            return context;
        });
        services.AddSingleton<IDataMigrationTarget, DbContextMigrationTarget<TContext>>();
        return services;
    }

    private static class SharedOptions<TContext> where TContext : ModuleDbContext
    {
        public static readonly ObjectFactory Factory = ActivatorUtilities.CreateFactory(typeof(TContext), [typeof(DbContextOptions<TContext>)]);

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(DatabaseProvider, string), DbContextOptions<TContext>> Built = new();

        public static DbContextOptions<TContext> For(IShellDatabase database) =>
            Built.GetOrAdd((database.Provider, database.ConnectionString), key =>
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
                return builder.Options;
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

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
        services.AddScoped(sp =>
        {
            var database = sp.GetRequiredService<IShellDatabase>();
            var builder = new DbContextOptionsBuilder<TContext>();
            Configure(builder, database, HistoryTableOf<TContext>());
            var context = ActivatorUtilities.CreateInstance<TContext>(sp, builder.Options);
            sp.GetRequiredService<ShellUnitOfWork>().Track(context);
            return context;
        });
        services.AddSingleton<IDataMigrationTarget, DbContextMigrationTarget<TContext>>();
        return services;
    }

    internal static void Configure(DbContextOptionsBuilder builder, IShellDatabase database, string historyTable)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(database.Connection, o => o.MigrationsHistoryTable(historyTable));
        }
        else
        {
            builder.UseNpgsql(database.Connection, o => o.MigrationsHistoryTable(historyTable));
        }

        // Migrations are written by hand once for both providers, so there is no model snapshot to compare.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
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

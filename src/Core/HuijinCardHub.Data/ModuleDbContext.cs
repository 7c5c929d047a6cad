using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HuijinCardHub.Data;

/// <summary>
/// Base of every module's DbContext: tables carry the module's prefix (e.g. <c>Users_</c>), the
/// migrations history table is the module's own, and every DateTime comes back as UTC.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>"Catalog" gives tables "Catalog_Goods" and history "__Catalog_Migrations".</summary>
    public abstract string ModulePrefix { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is not null && !table.StartsWith(ModulePrefix + "_", StringComparison.Ordinal))
            {
                entity.SetTableName(ModulePrefix + "_" + table);
            }
        }
    }

    public static string HistoryTable(string modulePrefix) => $"__{modulePrefix}_Migrations";

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class MoneyConverter() : ValueConverter<Money, long>(v => v.Fen, v => new Money(v));
}

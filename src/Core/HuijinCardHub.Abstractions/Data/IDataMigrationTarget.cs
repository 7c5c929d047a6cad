namespace HuijinCardHub.Data;

/// <summary>
/// Something whose schema the kernel brings up to date when its feature is enabled and at start.
/// Registered for you by AddModuleDbContext.
/// </summary>
public interface IDataMigrationTarget
{
    string Name { get; }

    Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken);
}

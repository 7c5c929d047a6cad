namespace HuijinCardHub.Data;

/// <summary>
/// Something whose schema the kernel brings up to date when its feature is enabled and at start.
/// Registered for you by AddModuleDbContext.
/// </summary>
public interface IDataMigrationTarget
{
    string Name { get; }

    /// <summary>Every migration it has, so the kernel can skip the database check at start when all are known applied.</summary>
    IReadOnlyList<string> MigrationIds { get; }

    Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken);
}

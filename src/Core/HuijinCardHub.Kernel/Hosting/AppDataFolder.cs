namespace HuijinCardHub.Kernel;

/// <summary>The app-data folder (HuijinCardHub__AppData, default App_Data beside the host).</summary>
internal sealed class AppDataFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string TenantFolder(string tenant) => Path.Combine(Root, "Sites", tenant);

    /// <summary>A copy of the tenant's enabled features, so a start can build the shell before opening the database.</summary>
    public string FeaturesCache(string tenant) => Path.Combine(TenantFolder(tenant), "features.cache");

    /// <summary>Migrations known applied to the tenant's database; delete it after restoring an older backup.</summary>
    public string MigrationsCache(string tenant) => Path.Combine(TenantFolder(tenant), "migrations.cache");
}

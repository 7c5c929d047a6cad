using System.Text.Json;
using System.Text.Json.Serialization;
using HuijinCardHub.Data;

namespace HuijinCardHub.Kernel.Shells;

/// <summary>Tenants live in App_Data/tenants.json: they must be known before any database is open.</summary>
internal sealed class ShellSettingsStore(AppDataFolder appData)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };
    private readonly Lock _gate = new();

    private string FilePath => Path.Combine(appData.Root, "tenants.json");

    public IReadOnlyList<ShellSettings> LoadAll()
    {
        lock (_gate)
        {
            var tenants = File.Exists(FilePath)
                ? JsonSerializer.Deserialize<List<ShellSettings>>(File.ReadAllText(FilePath), Json) ?? []
                : [];
            if (!tenants.Any(t => t.IsDefault))
            {
                tenants.Insert(0, new ShellSettings { Name = ShellSettings.DefaultName });
            }

            return tenants;
        }
    }

    public void Save(ShellSettings settings)
    {
        lock (_gate)
        {
            var tenants = LoadAll().Where(t => t.Name != settings.Name).Append(settings).ToList();
            Directory.CreateDirectory(appData.Root);
            var temp = FilePath + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(tenants, Json));
            File.Move(temp, FilePath, overwrite: true);
        }
    }

    /// <summary>SQLite without a connection string: a file in the tenant's own folder.</summary>
    public ShellDatabaseOptions DatabaseOf(ShellSettings settings)
    {
        if (settings.DatabaseProvider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            var folder = appData.TenantFolder(settings.Name);
            Directory.CreateDirectory(folder);
            return new ShellDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "huijin.db")};Default Timeout=30");
        }

        return new ShellDatabaseOptions(settings.DatabaseProvider, settings.ConnectionString ?? "");
    }
}

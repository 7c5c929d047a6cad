using System.Collections.Concurrent;
using HuijinCardHub.Data;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Kernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Kernel.Shells;

/// <summary>
/// Holds one built shell per tenant. A rebuild makes a new shell (migrations included) and swaps the
/// reference; the old shell finishes its in-flight requests and is then disposed.
/// </summary>
internal sealed class ShellHost(IServiceProvider host, ModuleCatalog catalog, ShellSettingsStore tenants, AppDataFolder appData, ILogger<ShellHost> logger) : IAsyncDisposable
{
    public const string SetupFeature = "HuijinCardHub.Setup";

    private readonly ConcurrentDictionary<string, ShellContext> _shells = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private volatile IReadOnlyList<ShellSettings> _tenants = tenants.LoadAll();

    public IReadOnlyList<ShellSettings> Tenants => _tenants;

    public IEnumerable<ShellContext> RunningShells => _shells.Values.Where(s => s.Settings.State == TenantState.Running && !s.IsReleased);

    public bool IsReady { get; private set; }

    /// <summary>Builds every tenant's shell at start so migrations run before the first request.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        _tenants = tenants.LoadAll();
        foreach (var settings in _tenants.Where(t => t.State != TenantState.Disabled))
        {
            await GetAsync(settings.Name, cancellationToken);
        }

        IsReady = true;
    }

    public ShellSettings? Find(string name) => _tenants.FirstOrDefault(t => t.Name == name);

    public void SaveTenant(ShellSettings settings)
    {
        tenants.Save(settings);
        _tenants = tenants.LoadAll();
    }

    public async Task<ShellContext> GetAsync(string tenant, CancellationToken cancellationToken = default)
    {
        if (_shells.TryGetValue(tenant, out var shell) && !shell.IsReleased)
        {
            return shell;
        }

        var gate = _locks.GetOrAdd(tenant, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_shells.TryGetValue(tenant, out shell) && !shell.IsReleased)
            {
                return shell;
            }

            var settings = Find(tenant) ?? throw new InvalidOperationException($"Unknown tenant {tenant}");
            shell = await BuildAsync(settings, cancellationToken);
            _shells[tenant] = shell;
            return shell;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Builds a new shell for the tenant and swaps it in; the old one drains and is disposed.</summary>
    /// <param name="storedFeatures">The list just written to the database, when the caller knows it.</param>
    public async Task<ShellContext> ReloadAsync(ShellSettings settings, IReadOnlyCollection<string>? storedFeatures = null, CancellationToken cancellationToken = default)
    {
        var gate = _locks.GetOrAdd(settings.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var fresh = await BuildAsync(settings, cancellationToken, storedFeatures);
            _shells.TryGetValue(settings.Name, out var old);
            _shells[settings.Name] = fresh;
            if (old is not null)
            {
                await old.ReleaseAsync();
            }

            logger.LogInformation("Shell {Tenant} rebuilt with {Count} features", settings.Name, fresh.Features.Count);
            return fresh;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The features stored for a running tenant (empty before setup wrote any).</summary>
    public async Task<IReadOnlyList<string>> ReadStoredFeaturesAsync(ShellSettings settings, CancellationToken cancellationToken)
    {
        await using var bootstrap = BootstrapProvider(settings);
        await using var scope = bootstrap.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        await context.Database.MigrateAsync(cancellationToken);
        return await context.EnabledFeatures.Select(f => f.FeatureId).ToListAsync(cancellationToken);
    }

    private async Task<ShellContext> BuildAsync(ShellSettings settings, CancellationToken cancellationToken, IReadOnlyCollection<string>? storedFeatures = null)
    {
        if (settings.State != TenantState.Running)
        {
            return await BuildFromAsync(settings, catalog.Graph.Sort(catalog.Graph.WithDependencies([SetupFeature])), cancellationToken);
        }

        // The cached list lets the container be built without a separate trip to the database;
        // the database stays the truth and is checked once the shell has migrated.
        var stored = storedFeatures ?? ReadFeaturesCache(settings) ?? await ReadStoredFeaturesAsync(settings, cancellationToken);
        var shell = await BuildFromAsync(settings, catalog.Graph.Resolve(stored), cancellationToken);
        var actual = await ReadEnabledFeaturesAsync(shell, cancellationToken);

        if (actual.ToHashSet().SetEquals(stored))
        {
            if (storedFeatures is not null || !File.Exists(appData.FeaturesCache(settings.Name)))
            {
                WriteFeaturesCache(settings, actual);
            }

            return shell;
        }

        WriteFeaturesCache(settings, actual);

        logger.LogWarning("Tenant {Tenant}: cached features differed from the database; rebuilding", settings.Name);
        await shell.DisposeAsync();
        return await BuildFromAsync(settings, catalog.Graph.Resolve(actual), cancellationToken);
    }

    private async Task<ShellContext> BuildFromAsync(ShellSettings settings, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var features = ids.Select(id => catalog.Features[id]).ToList();
        var services = host.GetRequiredService<ShellContainerFactory>().Build(settings, features);
        var shell = new ShellContext(settings, features, services);
        try
        {
            if (settings.State == TenantState.Running)
            {
                await MigrateAsync(shell, cancellationToken);
            }

            shell.Pipeline = ShellPipelineFactory.Build(shell.Services);
            return shell;
        }
        catch
        {
            await shell.DisposeAsync();
            throw;
        }
    }

    private IReadOnlyList<string>? ReadFeaturesCache(ShellSettings settings)
    {
        var file = appData.FeaturesCache(settings.Name);
        return File.Exists(file) ? File.ReadAllLines(file).Where(l => l.Length > 0).ToList() : null;
    }

    private void WriteFeaturesCache(ShellSettings settings, IReadOnlyList<string> features)
    {
        var file = appData.FeaturesCache(settings.Name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllLines(file, features.Order(StringComparer.Ordinal));
    }

    /// <summary>Forgets the cached features (a tenant whose database was thrown away).</summary>
    public void ForgetFeaturesCache(ShellSettings settings)
    {
        foreach (var file in new[] { appData.FeaturesCache(settings.Name), appData.MigrationsCache(settings.Name) }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Brings every context of the shell up to date. Migrations recorded as applied in the tenant's cache are
    /// not checked again, so a restart opens no EF model it does not need yet.
    /// </summary>
    private async Task MigrateAsync(ShellContext shell, CancellationToken cancellationToken)
    {
        var file = appData.MigrationsCache(shell.Settings.Name);
        var applied = File.Exists(file) ? File.ReadAllLines(file).ToHashSet(StringComparer.Ordinal) : [];
        var before = applied.Count;
        await using var scope = shell.Services.CreateAsyncScope();
        foreach (var target in scope.ServiceProvider.GetServices<IDataMigrationTarget>())
        {
            var ids = target.MigrationIds.Select(id => target.Name + ":" + id).ToList();
            if (ids.Count > 0 && ids.All(applied.Contains))
            {
                continue;
            }

            await target.MigrateAsync(scope.ServiceProvider, cancellationToken);
            applied.UnionWith(ids);
        }

        if (applied.Count != before)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllLinesAsync(file, applied.Order(StringComparer.Ordinal), cancellationToken);
        }
    }

    /// <summary>Reads the enabled features with plain SQL: at start this must not cost an EF model.</summary>
    private static async Task<IReadOnlyList<string>> ReadEnabledFeaturesAsync(ShellContext shell, CancellationToken cancellationToken)
    {
        await using var scope = shell.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<IShellDatabase>().Connection;
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"FeatureId\" FROM \"Kernel_EnabledFeatures\"";
        var features = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            features.Add(reader.GetString(0));
        }

        return features;
    }

    private ServiceProvider BootstrapProvider(ShellSettings settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton(tenants.DatabaseOf(settings));
        services.AddScoped<IShellDatabase, ShellDatabase>();
        services.AddModuleDbContext<KernelDbContext>();
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var shell in _shells.Values)
        {
            await shell.DisposeAsync();
        }

        _shells.Clear();
    }
}

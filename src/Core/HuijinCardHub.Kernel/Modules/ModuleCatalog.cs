using System.Reflection;
using HuijinCardHub.Modules;
using HuijinCardHub.Settings;
using HuijinCardHub.Shells;
using HuijinCardHub.Kernel.Features;

namespace HuijinCardHub.Kernel.Modules;

/// <summary>Every module and feature the host was built with. Built once at start; the graph is checked then.</summary>
internal sealed class ModuleCatalog
{
    private ModuleCatalog(IReadOnlyList<ModuleEntry> modules, IReadOnlyList<FeatureEntry> features)
    {
        Modules = modules;
        Features = features.ToDictionary(f => f.Info.Id, StringComparer.Ordinal);
        Graph = new FeatureGraph(features.Select(f => f.Info));
        // Only recipes and settings pages need it: not worth scanning every module's types at start.
        // The kernel is no module but has sections of its own (outbound HTTP).
        _settingsSections = new Lazy<IReadOnlyDictionary<string, Type>>(() => modules
            .Select(m => m.Assembly).Append(typeof(ModuleCatalog).Assembly).Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetCustomAttribute<SettingsSectionAttribute>() is not null)
            .ToDictionary(t => t.GetCustomAttribute<SettingsSectionAttribute>()!.Name, StringComparer.OrdinalIgnoreCase));
    }

    private readonly Lazy<IReadOnlyDictionary<string, Type>> _settingsSections;

    public IReadOnlyList<ModuleEntry> Modules { get; }

    public IReadOnlyDictionary<string, FeatureEntry> Features { get; }

    public FeatureGraph Graph { get; }

    /// <summary>Settings section name → its typed class, from every module (enabled or not).</summary>
    public IReadOnlyDictionary<string, Type> SettingsSections => _settingsSections.Value;

    /// <summary>Reads the <see cref="HostModuleAttribute"/>s the build wrote into the host assembly.</summary>
    public static ModuleCatalog FromHost(Assembly host)
    {
        var assemblies = new List<Assembly> { typeof(ModuleCatalog).Assembly };
        foreach (var reference in host.GetCustomAttributes<HostModuleAttribute>())
        {
            assemblies.Add(Assembly.Load(new AssemblyName(reference.AssemblyName)));
        }

        return FromAssemblies(assemblies);
    }

    public static ModuleCatalog FromAssemblies(IEnumerable<Assembly> assemblies)
    {
        var modules = new List<ModuleEntry>();
        var features = new List<FeatureEntry>();
        foreach (var assembly in assemblies.Distinct())
        {
            var module = assembly.GetCustomAttribute<ModuleAttribute>();
            if (module is null)
            {
                continue;
            }

            var entry = new ModuleEntry(module, assembly);
            modules.Add(entry);
            features.AddRange(ReadFeatures(entry));
        }

        return new ModuleCatalog(modules, features);
    }

    private static IEnumerable<FeatureEntry> ReadFeatures(ModuleEntry module)
    {
        var declared = module.Assembly.GetCustomAttributes<FeatureAttribute>().ToList();
        if (declared.Count == 0)
        {
            declared.Add(new FeatureAttribute(module.Info.Id) { Name = module.Info.Name, Category = module.Info.Category, Description = module.Info.Description });
        }

        var startups = module.Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(ModuleStartup).IsAssignableFrom(t))
            .ToList();

        foreach (var feature in declared)
        {
            var info = new FeatureInfo(
                feature.Id,
                string.IsNullOrEmpty(feature.Name) ? feature.Id : feature.Name,
                feature.Category,
                feature.Description,
                module.Info.Id,
                feature.Dependencies,
                feature.IsAlwaysEnabled,
                feature.DefaultTenantOnly,
                module.Info.IsTheme);
            var mine = startups.Where(t => (t.GetCustomAttribute<FeatureAttribute>()?.Id ?? declared[0].Id) == feature.Id).ToList();
            yield return new FeatureEntry(info, module, mine);
        }
    }
}

internal sealed record ModuleEntry(ModuleAttribute Info, Assembly Assembly);

internal sealed record FeatureEntry(FeatureInfo Info, ModuleEntry Module, IReadOnlyList<Type> Startups);

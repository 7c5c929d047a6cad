using System.Collections.Concurrent;
using System.Reflection;
using HuijinCardHub.Modules;

namespace HuijinCardHub.Admin.Services;

/// <summary>Finds a loaded module's assembly by its module id, to reach that module's i18n file.</summary>
internal static class ModuleAssemblies
{
    private static readonly ConcurrentDictionary<string, Type?> Owners = new(StringComparer.Ordinal);

    public static Type? AnyTypeOf(string moduleId) => Owners.GetOrAdd(moduleId, Find);

    private static Type? Find(string moduleId)
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies()
            .FirstOrDefault(a => !a.IsDynamic && a.GetCustomAttribute<ModuleAttribute>()?.Id == moduleId);
        if (assembly is null)
        {
            return null;
        }

        try
        {
            return assembly.GetTypes().FirstOrDefault(t => t.Namespace is not null);
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.FirstOrDefault(t => t?.Namespace is not null);
        }
    }
}

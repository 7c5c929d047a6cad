using System.Reflection;
using HuijinCardHub.Security;
using HuijinCardHub.Settings;

namespace HuijinCardHub.Admin.Services.Settings;

/// <summary>Every settings section offered by the enabled features, by name.</summary>
internal sealed class SettingsSectionCatalog(IEnumerable<ISettingsSectionProvider> providers, ModuleText text)
{
    private readonly ModuleText _text = text;

    public IReadOnlyList<SettingsSection> List() =>
        [.. providers.SelectMany(p => p.SectionTypes)
            .Distinct()
            .Where(IsStorable)
            .Select(Describe)
            .GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .OrderBy(s => s.Title, StringComparer.CurrentCulture)];

    public SettingsSection? Find(string name) =>
        List().FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>ISettingsStore needs <c>class, new()</c>.</summary>
    private static bool IsStorable(Type type) =>
        type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && type.GetConstructor(Type.EmptyTypes) is not null;

    private SettingsSection Describe(Type type)
    {
        var attribute = type.GetCustomAttribute<SettingsSectionAttribute>();
        var name = attribute?.Name ?? type.Name;
        var title = string.IsNullOrEmpty(attribute?.Title) ? name : _text.Translate(type, attribute.Title);
        var permission = string.IsNullOrEmpty(attribute?.Permission) ? KernelPermissions.ManageSettings.Name : attribute.Permission;
        return new SettingsSection(type, name, title, permission);
    }
}

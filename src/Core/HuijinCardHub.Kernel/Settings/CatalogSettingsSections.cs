using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Settings;

namespace HuijinCardHub.Kernel.Settings;

/// <summary>The settings sections of this shell's enabled modules, for the admin's settings pages.</summary>
internal sealed class CatalogSettingsSections(EnabledFeatures enabled) : ISettingsSectionProvider
{
    public IEnumerable<Type> SectionTypes => enabled.Features
        .Select(f => f.Module.Assembly).Distinct()
        .SelectMany(a => a.GetTypes())
        .Where(t => t.IsDefined(typeof(SettingsSectionAttribute), false));
}

using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Settings;

namespace HuijinCardHub.Kernel.Settings;

/// <summary>The settings sections of this shell's enabled modules, for the admin's settings pages.</summary>
internal sealed class CatalogSettingsSections(EnabledFeatures enabled) : ISettingsSectionProvider
{
    // The kernel's own sections (outbound HTTP) are always there: the kernel is always on.
    public IEnumerable<Type> SectionTypes => enabled.Features
        .Select(f => f.Module.Assembly).Append(typeof(CatalogSettingsSections).Assembly).Distinct()
        .SelectMany(a => a.GetTypes())
        .Where(t => t.IsDefined(typeof(SettingsSectionAttribute), false));
}

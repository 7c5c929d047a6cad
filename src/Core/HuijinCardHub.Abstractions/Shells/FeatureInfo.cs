using HuijinCardHub.Text;

namespace HuijinCardHub.Shells;

public sealed record FeatureInfo(
    string Id,
    string Name,
    string Category,
    string Description,
    string ModuleId,
    IReadOnlyList<string> Dependencies,
    bool IsAlwaysEnabled,
    bool DefaultTenantOnly,
    bool IsTheme);

namespace HuijinCardHub.Modules;

/// <summary>
/// On an assembly: declares a feature, the unit a shop switches on and off.
/// On a startup class: says which feature the startup belongs to.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class, AllowMultiple = true)]
public sealed class FeatureAttribute(string id) : Attribute
{
    public string Id { get; } = id;
    public string Name { get; init; } = "";
    public string Category { get; init; } = "";
    public string Description { get; init; } = "";
    public string[] Dependencies { get; init; } = [];
    /// <summary>Cannot be disabled: the shop would stop working without it.</summary>
    public bool IsAlwaysEnabled { get; init; }
    /// <summary>Only the Default tenant may enable it (tenant management, host-wide jobs).</summary>
    public bool DefaultTenantOnly { get; init; }
    /// <summary>Enabled on a fresh shell before any recipe runs (setup).</summary>
    public bool EnabledByDependencyOnly { get; init; }
}

namespace HuijinCardHub.Modules;

/// <summary>Marks an assembly as a module. The host finds modules through its own references.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute(string id, string name) : Attribute
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string Description { get; init; } = "";
    public string Author { get; init; } = "HuijinCardHub";
    public string Version { get; init; } = "1.0.0";
    public string Category { get; init; } = "";
    /// <summary>A theme module is listed on the Themes page instead of the Features page.</summary>
    public bool IsTheme { get; init; }
}

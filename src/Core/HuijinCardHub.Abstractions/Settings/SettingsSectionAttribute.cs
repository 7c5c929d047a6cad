namespace HuijinCardHub.Settings;

/// <summary>Names a settings section and where the admin shows it.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SettingsSectionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public string Title { get; init; } = "";
    public string Permission { get; init; } = "ManageSettings";
}

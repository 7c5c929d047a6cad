namespace HuijinCardHub.Settings;

/// <summary>Typed settings sections stored in the shell database. Secret properties are encrypted at rest.</summary>
public interface ISettingsStore
{
    Task<T> GetAsync<T>(CancellationToken cancellationToken = default) where T : class, new();

    Task SaveAsync<T>(T section, CancellationToken cancellationToken = default) where T : class, new();

    /// <summary>Raw JSON of a section by name (recipes and export); secrets stay encrypted.</summary>
    Task<IReadOnlyDictionary<string, string>> GetAllRawAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces a section from JSON given in plain text (a recipe); secrets get encrypted.</summary>
    Task SaveRawAsync(string sectionName, string json, CancellationToken cancellationToken = default);
}

/// <summary>Names a settings section and where the admin shows it.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SettingsSectionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public string Title { get; init; } = "";
    public string Permission { get; init; } = "ManageSettings";
}

/// <summary>Encrypted in the database, never shown back in full in the admin.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;

/// <summary>Lists the settings types of enabled features so the admin can render them.</summary>
public interface ISettingsSectionProvider
{
    IEnumerable<Type> SectionTypes { get; }
}

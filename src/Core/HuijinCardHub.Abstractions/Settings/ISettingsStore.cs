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

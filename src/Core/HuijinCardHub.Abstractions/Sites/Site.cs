namespace HuijinCardHub.Sites;

/// <summary>A sub-station (分站) inside one shell: its own host names, name, logo, theme and settings.</summary>
public sealed record Site(
    long Id,
    string Name,
    IReadOnlyList<string> HostNames,
    string Theme,
    string? LogoUrl,
    bool IsDefault,
    IReadOnlyDictionary<string, string> Settings);

public interface ISiteAccessor
{
    /// <summary>The site the current request was resolved to (the default site outside a request).</summary>
    Task<Site> GetCurrentAsync(CancellationToken cancellationToken = default);
}

public interface ISiteStore
{
    Task<IReadOnlyList<Site>> ListAsync(CancellationToken cancellationToken = default);

    Task<Site> SaveAsync(Site site, CancellationToken cancellationToken = default);
}

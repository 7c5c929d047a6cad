namespace HuijinCardHub.Sites;
/// <summary>
/// A sub-station (分站) inside one shell: its own host names, name, logo, theme and settings.
/// <paramref name="PublicAddress"/> is where its links point ("https://shop.example.com", "http://127.0.0.1:5080/shop2"),
/// see <see cref="PublicAddresses"/>; null means the default site's.
/// </summary>
public sealed record Site(
    long Id,
    string Name,
    IReadOnlyList<string> HostNames,
    string Theme,
    string? LogoUrl,
    bool IsDefault,
    IReadOnlyDictionary<string, string> Settings,
    string? PublicAddress = null);

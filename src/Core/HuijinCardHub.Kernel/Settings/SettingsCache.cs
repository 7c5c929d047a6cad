using System.Collections.Concurrent;

namespace HuijinCardHub.Kernel.Settings;

/// <summary>
/// Decrypted settings JSON per section for one shell, so a storefront request does not read the settings table
/// (the pricing pipeline asks on every price). A write on this node clears the section at once; another node
/// sees it within <see cref="Lifetime"/>, like the other caches of the kernel.
/// </summary>
internal sealed class SettingsCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (string? Json, DateTime LoadedUtc)> sections = new(StringComparer.Ordinal);

    public bool TryGet(string section, DateTime utcNow, out string? json)
    {
        if (sections.TryGetValue(section, out var entry) && utcNow - entry.LoadedUtc < Lifetime)
        {
            json = entry.Json;
            return true;
        }

        json = null;
        return false;
    }

    public void Put(string section, string? json, DateTime utcNow) => sections[section] = (json, utcNow);

    public void Forget(string section) => sections.TryRemove(section, out _);
}

using System.Collections.Concurrent;
using HuijinCardHub.Theming.Liquid;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// Parsed templates per theme, template and origin (shipped or overridden). An entry is reused only while
/// its source is the same, so a saved override (on this node or another) replaces the entry on next use.
/// </summary>
internal sealed class ParsedTemplateCache(LiquidEnvironment liquid)
{
    // Names compare ignoring case without upper-casing them on every page (two strings per template, two templates a page).
    private readonly ConcurrentDictionary<(string Theme, string Template, bool IsOverride), ParsedTemplate> _entries = new(KeyComparer.Instance);

    public ParsedTemplate Get(string theme, string template, bool isOverride, string source)
    {
        var key = (theme, template, isOverride);
        if (_entries.TryGetValue(key, out var cached) && string.Equals(cached.Source, source, StringComparison.Ordinal))
        {
            return cached;
        }

        var parsed = liquid.Parse(source);
        _entries[key] = parsed;
        return parsed;
    }

    public void Invalidate(string theme, string template) =>
        _entries.TryRemove((theme, template, true), out _);

    private sealed class KeyComparer : IEqualityComparer<(string Theme, string Template, bool IsOverride)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Theme, string Template, bool IsOverride) x, (string Theme, string Template, bool IsOverride) y) =>
            x.IsOverride == y.IsOverride
            && string.Equals(x.Theme, y.Theme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(x.Template, y.Template, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Theme, string Template, bool IsOverride) key) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.Theme), StringComparer.OrdinalIgnoreCase.GetHashCode(key.Template), key.IsOverride);
    }
}

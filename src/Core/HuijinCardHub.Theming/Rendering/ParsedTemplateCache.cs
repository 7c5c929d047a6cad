using System.Collections.Concurrent;
using HuijinCardHub.Theming.Liquid;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// Parsed templates per theme, template and origin (shipped or overridden). An entry is reused only while
/// its source is the same, so a saved override (on this node or another) replaces the entry on next use.
/// </summary>
internal sealed class ParsedTemplateCache(LiquidEnvironment liquid)
{
    private readonly ConcurrentDictionary<(string Theme, string Template, bool IsOverride), ParsedTemplate> _entries = new();

    public ParsedTemplate Get(string theme, string template, bool isOverride, string source)
    {
        var key = (theme.ToUpperInvariant(), template.ToUpperInvariant(), isOverride);
        if (_entries.TryGetValue(key, out var cached) && string.Equals(cached.Source, source, StringComparison.Ordinal))
        {
            return cached;
        }

        var parsed = liquid.Parse(source);
        _entries[key] = parsed;
        return parsed;
    }

    public void Invalidate(string theme, string template) =>
        _entries.TryRemove((theme.ToUpperInvariant(), template.ToUpperInvariant(), true), out _);
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HuijinCardHub.Localization;

/// <summary>
/// The translations one assembly ships as embedded i18n/&lt;culture&gt;.json files ({"中文原文": "Translation"}).
/// Read once per assembly and kept for the life of the process.
/// </summary>
internal sealed partial class TranslationSet(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byCulture)
{
    private static readonly ConcurrentDictionary<Assembly, TranslationSet> Cache = new();

    public static readonly TranslationSet Empty = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    public static TranslationSet Of(Assembly assembly) => Cache.GetOrAdd(assembly, Read);

    /// <summary>Builds a set from JSON text per culture name (tests, tools).</summary>
    public static TranslationSet FromJson(IReadOnlyDictionary<string, string> jsonByCulture) =>
        new(jsonByCulture.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)Parse(p.Value), StringComparer.OrdinalIgnoreCase));

    /// <summary>The translation for the culture or one of its parents; null when there is none.</summary>
    public string? Find(string text, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (byCulture.TryGetValue(c.Name, out var map) && map.TryGetValue(text, out var translated))
            {
                return translated;
            }
        }

        return null;
    }

    /// <summary>Every entry for the culture (keys are the Chinese text).</summary>
    public IEnumerable<KeyValuePair<string, string>> All(CultureInfo culture, bool includeParents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (byCulture.TryGetValue(c.Name, out var map))
            {
                foreach (var entry in map.Where(e => seen.Add(e.Key)))
                {
                    yield return entry;
                }
            }

            if (!includeParents)
            {
                yield break;
            }
        }
    }

    private static TranslationSet Read(Assembly assembly)
    {
        var byCulture = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var match = ResourcePattern().Match(name);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            byCulture[match.Groups["culture"].Value] = Parse(reader.ReadToEnd());
        }

        return byCulture.Count == 0 ? Empty : new TranslationSet(byCulture);
    }

    private static Dictionary<string, string> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, new JsonSerializerOptions
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        }) ?? [];

    [GeneratedRegex(@"(?:^|[./])i18n[./](?<culture>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\.json$", RegexOptions.IgnoreCase)]
    private static partial Regex ResourcePattern();
}

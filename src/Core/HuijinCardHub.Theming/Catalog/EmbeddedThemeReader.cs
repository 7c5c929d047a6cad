using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using HuijinCardHub.Modules;

namespace HuijinCardHub.Theming.Catalog;

/// <summary>
/// Reads a theme from its assembly's embedded resources: theme.json, Views/*.liquid and i18n/*.json.
/// Resource names are matched by their ending, so both MSBuild's dotted names and explicit logical names work.
/// </summary>
internal static partial class EmbeddedThemeReader
{
    public static ThemePackage? Read(Assembly assembly)
    {
        var names = assembly.GetManifestResourceNames();
        var manifest = names.FirstOrDefault(n => n == "theme.json" || n.EndsWith(".theme.json", StringComparison.OrdinalIgnoreCase) || n.EndsWith("/theme.json", StringComparison.OrdinalIgnoreCase));
        if (manifest is null)
        {
            return null;
        }

        var moduleId = assembly.GetCustomAttribute<ModuleAttribute>()?.Id ?? assembly.GetName().Name ?? "";
        var info = ParseManifest(ReadText(assembly, manifest), moduleId);

        var templates = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var translations = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (TemplatePattern().Match(name) is { Success: true } template)
            {
                templates[template.Groups["name"].Value] = ReadText(assembly, name);
            }
            else if (TranslationPattern().Match(name) is { Success: true } translation)
            {
                translations[translation.Groups["culture"].Value] = ParseTranslations(ReadText(assembly, name));
            }
        }

        return new ThemePackage(info, moduleId, templates, translations);
    }

    public static ThemeInfo ParseManifest(string json, string fallbackName)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var name = StringOf(root, "name") ?? fallbackName;
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("settings", out var section) && section.ValueKind == JsonValueKind.Object)
        {
            foreach (var setting in section.EnumerateObject())
            {
                settings[setting.Name] = setting.Value.ValueKind == JsonValueKind.String ? setting.Value.GetString() ?? "" : setting.Value.GetRawText();
            }
        }

        var baseTheme = StringOf(root, "baseTheme");
        return new ThemeInfo(name, StringOf(root, "displayName") ?? name, StringOf(root, "description") ?? "", settings,
            string.IsNullOrWhiteSpace(baseTheme) ? null : baseTheme.Trim());
    }

    public static IReadOnlyDictionary<string, string> ParseTranslations(string json)
    {
        var map = JsonSerializer.Deserialize<Dictionary<string, string>>(json, new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return map ?? [];
    }

    private static string? StringOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static string ReadText(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"(?:^|[./])Views[./](?<name>[A-Za-z0-9_-]+)\.liquid$", RegexOptions.IgnoreCase)]
    private static partial Regex TemplatePattern();

    [GeneratedRegex(@"(?:^|[./])i18n[./](?<culture>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\.json$", RegexOptions.IgnoreCase)]
    private static partial Regex TranslationPattern();
}

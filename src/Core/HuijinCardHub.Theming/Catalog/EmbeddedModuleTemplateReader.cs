using System.Reflection;
using System.Text.RegularExpressions;
using HuijinCardHub.Modules;

namespace HuijinCardHub.Theming.Catalog;

/// <summary>
/// Reads a module's default storefront pages from its embedded resources: <c>Views/Storefront/&lt;name&gt;.liquid</c>
/// (in the csproj: <c>&lt;EmbeddedResource Include="Views/Storefront/*.liquid" /&gt;</c>). Null for a module without any.
/// </summary>
internal static partial class EmbeddedModuleTemplateReader
{
    public static ModuleTemplates? Read(Assembly assembly)
    {
        var templates = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (TemplatePattern().Match(name) is { Success: true } template)
            {
                templates[template.Groups["name"].Value] = EmbeddedThemeReader.ReadText(assembly, name);
            }
        }

        if (templates.Count == 0)
        {
            return null;
        }

        var moduleId = assembly.GetCustomAttribute<ModuleAttribute>()?.Id ?? assembly.GetName().Name ?? "";
        return new ModuleTemplates(moduleId, templates);
    }

    [GeneratedRegex(@"(?:^|[./])Views[./]Storefront[./](?<name>[A-Za-z0-9_-]+)\.liquid$", RegexOptions.IgnoreCase)]
    private static partial Regex TemplatePattern();
}

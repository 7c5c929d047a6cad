using System.Reflection;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Text;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Kernel.Recipes;

/// <summary>
/// Finds recipes: *.recipe.json copied beside the host (from the repository's recipes/ folder) and
/// files embedded in module assemblies. Read once; recipes do not change while the host runs.
/// </summary>
internal sealed class RecipeHarvester(ModuleCatalog catalog, ILogger<RecipeHarvester> logger)
{
    private static readonly string FileFolder = Path.Combine(AppContext.BaseDirectory, "Recipes");

    private readonly HashSet<string> _fromFiles = new(StringComparer.OrdinalIgnoreCase);
    private IReadOnlyDictionary<string, (RecipeDocument Document, string Json)>? _recipes;

    public IReadOnlyDictionary<string, (RecipeDocument Document, string Json)> All => _recipes ??= Harvest();

    /// <summary>
    /// The folder a recipe file was read from, where its steps may find files it ships (goods pictures); null for a
    /// recipe embedded in a module, which ships no files beside it.
    /// </summary>
    public string? FolderOf(string name) => All.ContainsKey(name) && _fromFiles.Contains(name) ? FileFolder : null;

    public (RecipeDocument Document, string Json) Get(string name) =>
        All.TryGetValue(name, out var recipe)
            ? recipe
            : throw new ShopException(new Bilingual($"找不到配方：{name}", $"Recipe not found: {name}"));

    private Dictionary<string, (RecipeDocument, string)> Harvest()
    {
        var found = new Dictionary<string, (RecipeDocument, string)>(StringComparer.OrdinalIgnoreCase);
        if (Directory.Exists(FileFolder))
        {
            foreach (var file in Directory.EnumerateFiles(FileFolder, "*.recipe.json"))
            {
                if (Add(found, File.ReadAllText(file), Path.GetFileName(file)) is { } name)
                {
                    _fromFiles.Add(name);
                }
            }
        }

        foreach (var assembly in catalog.Modules.Select(m => m.Assembly))
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".recipe.json", StringComparison.OrdinalIgnoreCase)))
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                if (Add(found, reader.ReadToEnd(), resource) is { } name)
                {
                    _fromFiles.Remove(name);
                }
            }
        }

        return found;
    }

    private string? Add(Dictionary<string, (RecipeDocument, string)> found, string json, string source)
    {
        try
        {
            var document = RecipeDocument.Parse(json, source);
            found[document.Info.Name] = (document, json);
            return document.Info.Name;
        }
        catch (ShopException ex)
        {
            // A broken bundled recipe must not stop the host; it is just not offered.
            logger.LogError("Skipping recipe {Source}: {Message}", source, ex.Text.English);
            return null;
        }
    }
}

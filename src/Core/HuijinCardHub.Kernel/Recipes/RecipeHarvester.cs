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
    private IReadOnlyDictionary<string, (RecipeDocument Document, string Json)>? _recipes;

    public IReadOnlyDictionary<string, (RecipeDocument Document, string Json)> All => _recipes ??= Harvest();

    public (RecipeDocument Document, string Json) Get(string name) =>
        All.TryGetValue(name, out var recipe)
            ? recipe
            : throw new ShopException(new Bilingual($"找不到配方：{name}", $"Recipe not found: {name}"));

    private Dictionary<string, (RecipeDocument, string)> Harvest()
    {
        var found = new Dictionary<string, (RecipeDocument, string)>(StringComparer.OrdinalIgnoreCase);
        var folder = Path.Combine(AppContext.BaseDirectory, "Recipes");
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.recipe.json"))
            {
                Add(found, File.ReadAllText(file), Path.GetFileName(file));
            }
        }

        foreach (var assembly in catalog.Modules.Select(m => m.Assembly))
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".recipe.json", StringComparison.OrdinalIgnoreCase)))
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                Add(found, reader.ReadToEnd(), resource);
            }
        }

        return found;
    }

    private void Add(Dictionary<string, (RecipeDocument, string)> found, string json, string source)
    {
        try
        {
            var document = RecipeDocument.Parse(json, source);
            found[document.Info.Name] = (document, json);
        }
        catch (ShopException ex)
        {
            // A broken bundled recipe must not stop the host; it is just not offered.
            logger.LogError("Skipping recipe {Source}: {Message}", source, ex.Text.English);
        }
    }
}

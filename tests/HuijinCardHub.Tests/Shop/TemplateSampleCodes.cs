using System.Text.Json.Nodes;

namespace HuijinCardHub.Tests.Shop;

/// <summary>How many sample codes a shop template ships: counted from the recipe file itself, so adding goods to a
/// template does not turn the tests about samples into a sum to redo by hand.</summary>
internal static class TemplateSampleCodes
{
    public static int Count(string recipe)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recipes", recipe + ".recipe.json")))!;
        return json["steps"]!.AsArray()
            .Where(s => (string?)s!["name"] == "cardcodes" && (s["sample"] is null || (bool)s["sample"]!))
            .Sum(s => s!["codes"]!.AsArray().Count);
    }
}

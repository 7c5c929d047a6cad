using System.Text.Json;
using System.Text.Json.Nodes;
using HuijinCardHub.Recipes;
using HuijinCardHub.Text;

namespace HuijinCardHub.Kernel.Recipes;

/// <summary>A parsed recipe in Orchard's shape: header fields plus <c>steps[]</c>, each with a <c>name</c>.</summary>
internal sealed record RecipeDocument(RecipeInfo Info, IReadOnlyDictionary<string, string> Variables, IReadOnlyList<JsonObject> Steps)
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static RecipeDocument Parse(string json, string source)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: Options);
        }
        catch (JsonException ex)
        {
            throw new ShopException(new Bilingual(
                $"配方 {source} 不是有效的 JSON（第 {ex.LineNumber + 1} 行）：{ex.Message}",
                $"Recipe {source} is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}"), ex);
        }

        if (node is not JsonObject root)
        {
            throw new ShopException(new Bilingual($"配方 {source} 必须是 JSON 对象", $"Recipe {source} must be a JSON object"));
        }

        var name = Text(root, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ShopException(new Bilingual($"配方 {source} 缺少 name", $"Recipe {source} has no name"));
        }

        if (root["steps"] is not JsonArray steps)
        {
            throw new ShopException(new Bilingual($"配方 {name} 缺少 steps 数组", $"Recipe {name} has no steps array"));
        }

        var list = new List<JsonObject>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step || string.IsNullOrWhiteSpace(Text(step, "name")))
            {
                throw new ShopException(new Bilingual($"配方 {name} 的第 {i + 1} 步缺少 name", $"Step {i + 1} of recipe {name} has no name"));
            }

            list.Add(step);
        }

        var variables = (root["variables"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "") ?? [];
        var categories = (root["categories"] as JsonArray)?.Select(c => c?.ToString() ?? "").ToList() ?? [];
        var info = new RecipeInfo(
            name,
            Text(root, "displayName") ?? name,
            Text(root, "description") ?? "",
            root["issetuprecipe"]?.GetValueKind() == JsonValueKind.True,
            categories);
        return new RecipeDocument(info, variables, list);
    }

    public static string? Text(JsonObject node, string key) =>
        node.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static string StepName(JsonObject step) => Text(step, "name")!;
}

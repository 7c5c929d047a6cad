using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HuijinCardHub.Kernel.Recipes;

/// <summary>Replaces <c>[js: variables('name')]</c> (Orchard's form) and <c>{{name}}</c> inside string values.</summary>
internal static partial class RecipeVariables
{
    [GeneratedRegex(@"\[js:\s*variables\('(?<n>[A-Za-z0-9_]+)'\)\]|\{\{\s*(?<n>[A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Pattern();

    public static JsonObject Apply(JsonObject step, IDictionary<string, string> variables)
    {
        if (variables.Count == 0)
        {
            return step;
        }

        return (JsonObject)Walk(step.DeepClone(), variables)!;
    }

    private static JsonNode? Walk(JsonNode? node, IDictionary<string, string> variables)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    obj[key] = Walk(obj[key]?.DeepClone(), variables);
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Walk(array[i]?.DeepClone(), variables);
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(Pattern().Replace(text, m => variables.TryGetValue(m.Groups["n"].Value, out var v) ? v : m.Value));
            default:
                return node;
        }
    }
}

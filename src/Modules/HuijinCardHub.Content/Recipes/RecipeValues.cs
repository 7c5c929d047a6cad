using System.Globalization;
using System.Text.Json.Nodes;

namespace HuijinCardHub.Content.Recipes;

/// <summary>Reads the plain values of a recipe item; a value of the wrong JSON type reads as missing.</summary>
internal static class RecipeValues
{
    public static string? Text(JsonObject item, string name) =>
        item[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : null;

    public static bool? Flag(JsonObject item, string name) =>
        item[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public static int? Number(JsonObject item, string name) =>
        item[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    /// <summary>An ISO 8601 time ("2026-12-01T00:00:00Z"); one without a zone is taken as UTC.</summary>
    public static bool TryDate(JsonObject item, string name, out DateTime? utc)
    {
        utc = null;
        var text = Text(item, name);
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            utc = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
            return true;
        }

        return false;
    }

    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

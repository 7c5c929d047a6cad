using System.Globalization;
using System.Text.Json.Nodes;

namespace HuijinCardHub.Catalog.Recipes;

/// <summary>Lenient reads of recipe JSON values: a wrong type reads as missing and is reported by the caller.</summary>
internal static class JsonRead
{
    public static string? Str(JsonObject item, string name) =>
        item[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : null;

    public static bool? Flag(JsonObject item, string name) =>
        item[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public static int? Number(JsonObject item, string name)
    {
        if (item[name] is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<int>(out var number))
        {
            return number;
        }

        return value.TryGetValue<string>(out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out number) ? number : null;
    }

    /// <summary>"9.80" or 9.8 as yuan; null when absent or not an exact amount.</summary>
    public static Money? Yuan(JsonObject item, string name)
    {
        if (item[name] is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<string>(out var text))
        {
            return Money.TryParseYuan(text, out var money) ? money : null;
        }

        return value.TryGetValue<decimal>(out var yuan) && Money.TryParseYuan(yuan.ToString(CultureInfo.InvariantCulture), out var parsed) ? parsed : null;
    }

    public static IEnumerable<JsonObject> Objects(JsonObject item, string name) =>
        item[name] is JsonArray array ? array.OfType<JsonObject>() : [];
}

using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;
using HuijinCardHub.Theming.Liquid.Limits;

namespace HuijinCardHub.Theming.Liquid;

/// <summary>
/// Replaces Fluid's json filter, which serializes an object with all its members: this one writes only
/// what a template could read anyway (plain values, lists, dictionaries, [LiquidModel] properties), no longer
/// than a filter may make, and safe to place in a <c>&lt;script&gt;</c> block (see <see cref="ForScript"/>).
/// </summary>
internal static class SafeJsonFilter
{
    private const int MaxDepth = 8;

    // Relaxed keeps Chinese readable; what it leaves that a script block cannot hold is escaped after.
    private static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async ValueTask<FluidValue> JsonAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var node = await ToNodeAsync(input, context, 0, new Size());
        return new StringValue(ForScript(node?.ToJsonString(SerializerOptions) ?? "null"));
    }

    /// <summary>
    /// "&lt;/script&gt;" or "&lt;!--" in a value would end or derail the script block the JSON sits in, and U+2028/2029
    /// end a line in older JavaScript. None of these characters is JSON syntax, so each one is inside a string and
    /// becomes its \u escape there, which reads back as the same text.
    /// </summary>
    internal static string ForScript(string json)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (c is '<' or '>' or '&' or '\'' or '\u2028' or '\u2029')
            {
                escaped ??= new StringBuilder(json.Length + 16).Append(json, 0, i);
                escaped.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                escaped?.Append(c);
            }
        }

        return escaped?.ToString() ?? json;
    }

    private static async ValueTask<JsonNode?> ToNodeAsync(FluidValue value, TemplateContext context, int depth, Size size)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        size.Add(8);
        switch (value)
        {
            case NilValue or EmptyValue or BlankValue:
                return null;
            case BooleanValue:
                return JsonValue.Create(value.ToBooleanValue());
            case NumberValue:
                return JsonValue.Create(value.ToNumberValue());
            case StringValue or DateTimeValue:
                var text = value.ToStringValue();
                size.Add(text.Length);
                return JsonValue.Create(text);
            case ArrayValue:
                var array = new JsonArray();
                foreach (var item in value.Enumerate(context))
                {
                    array.Add(await ToNodeAsync(item, context, depth + 1, size));
                }

                return array;
            case DictionaryValue dictionary when dictionary.ToObjectValue() is IFluidIndexable indexable:
                var map = new JsonObject();
                foreach (var key in indexable.Keys)
                {
                    size.Add(key.Length);
                    map[key] = indexable.TryGetValue(key, out var item) ? await ToNodeAsync(item, context, depth + 1, size) : null;
                }

                return map;
            case LiquidModelValue model:
                var members = new JsonObject();
                foreach (var property in model.Value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length == 0)
                    {
                        size.Add(property.Name.Length);
                        members[property.Name] = await ToNodeAsync(await model.GetValueAsync(property.Name, context), context, depth + 1, size);
                    }
                }

                return members;
            default:
                return null;
        }
    }

    /// <summary>Counts what the JSON will hold, so a list of many copies of a long text is refused before it is written out.</summary>
    private sealed class Size
    {
        private long _chars;

        public void Add(long chars)
        {
            _chars += chars;
            if (_chars > TemplateLimits.MaxStringChars)
            {
                throw TemplateLimits.StringTooLong("json");
            }
        }
    }
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;

namespace HuijinCardHub.Theming.Liquid;

/// <summary>
/// Replaces Fluid's json filter, which serializes an object with all its members: this one writes only
/// what a template could read anyway (plain values, lists, dictionaries, [LiquidModel] properties).
/// </summary>
internal static class SafeJsonFilter
{
    private const int MaxDepth = 8;

    private static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async ValueTask<FluidValue> JsonAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var node = await ToNodeAsync(input, context, 0);
        return new StringValue(node?.ToJsonString(SerializerOptions) ?? "null");
    }

    private static async ValueTask<JsonNode?> ToNodeAsync(FluidValue value, TemplateContext context, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (value)
        {
            case NilValue or EmptyValue or BlankValue:
                return null;
            case BooleanValue:
                return JsonValue.Create(value.ToBooleanValue());
            case NumberValue:
                return JsonValue.Create(value.ToNumberValue());
            case StringValue or DateTimeValue:
                return JsonValue.Create(value.ToStringValue());
            case ArrayValue:
                var array = new JsonArray();
                foreach (var item in value.Enumerate(context))
                {
                    array.Add(await ToNodeAsync(item, context, depth + 1));
                }

                return array;
            case DictionaryValue dictionary when dictionary.ToObjectValue() is IFluidIndexable indexable:
                var map = new JsonObject();
                foreach (var key in indexable.Keys)
                {
                    map[key] = indexable.TryGetValue(key, out var item) ? await ToNodeAsync(item, context, depth + 1) : null;
                }

                return map;
            case LiquidModelValue model:
                var members = new JsonObject();
                foreach (var property in model.Value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length == 0)
                    {
                        members[property.Name] = await ToNodeAsync(await model.GetValueAsync(property.Name, context), context, depth + 1);
                    }
                }

                return members;
            default:
                return null;
        }
    }

}

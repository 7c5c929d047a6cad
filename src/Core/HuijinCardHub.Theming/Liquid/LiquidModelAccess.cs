using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Fluid;
using Fluid.Values;

namespace HuijinCardHub.Theming.Liquid;

/// <summary>
/// The allow-list of what a template may read. Strings, numbers, dates, dictionaries and lists pass;
/// a type marked [LiquidModel] is registered on first sight (with the [LiquidModel] types its properties
/// lead to) and exposes its public properties; any other object becomes nil, so neither its members
/// nor its ToString() reach the page.
/// </summary>
internal sealed class LiquidModelAccess(MemberAccessStrategy strategy)
{
    private static readonly ConcurrentDictionary<Type, bool> Marked = new();
    private readonly ConcurrentDictionary<Type, bool> _registered = new();

    /// <summary>Every value a template touches passes here: the attribute lookup is done once per type.</summary>
    public static bool IsLiquidModel(Type type) =>
        Marked.GetOrAdd(type, static t => t.IsDefined(typeof(LiquidModelAttribute), inherit: false));

    /// <summary>A value converter for TemplateOptions: null lets Fluid convert the value itself.</summary>
    public object? Convert(object value)
    {
        var type = value.GetType();
        if (IsLiquidModel(type))
        {
            Register(type);
            return new LiquidModelValue(value);
        }

        if (IsPlainValue(value))
        {
            return null;
        }

        return NilValue.Instance;
    }

    /// <summary>Registers a [LiquidModel] type and walks the [LiquidModel] types its properties expose.</summary>
    public void Register(Type type)
    {
        if (!IsLiquidModel(type) || !_registered.TryAdd(type, true))
        {
            return;
        }

        strategy.Register(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            foreach (var reachable in ElementTypes(property.PropertyType))
            {
                Register(reachable);
            }
        }
    }

    private static IEnumerable<Type> ElementTypes(Type type)
    {
        yield return type;
        if (type.IsArray)
        {
            yield return type.GetElementType()!;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                yield return argument;
            }
        }
    }

    private static bool IsPlainValue(object value) => value switch
    {
        string or bool or char or decimal or DateTime or DateTimeOffset or TimeSpan or Guid or Enum => true,
        IDictionary or IEnumerable => true,
        _ => value.GetType().IsPrimitive,
    };
}

using Fluid;
using Fluid.Values;

namespace HuijinCardHub.Theming.Liquid.Limits;

/// <summary>
/// Wraps every filter of the sandbox. Before a filter runs: the render's clock, and what it is given must be no
/// longer than a filter may make, and the filters that can grow a text or list many times over (replace, join,
/// split, concat, formats with a width) are sized first, so they refuse before allocating. After it runs: the
/// result's size, counted against what the page may make in all.
/// </summary>
internal static class GuardedFilters
{
    /// <summary>Filters that never read their input as text (lists, numbers): sizing a long list as text would cost for nothing.</summary>
    private static readonly HashSet<string> NotText = new(StringComparer.Ordinal)
    {
        "first", "last", "size", "map", "reverse", "sort", "sort_natural", "uniq", "where", "sum", "find", "find_index", "has",
        "reject", "compact", "default", "abs", "at_least", "at_most", "ceil", "divided_by", "floor", "minus", "modulo",
        "plus", "round", "times", "date", "time_zone", "concat", "join",
    };

    private static readonly HashSet<string> Formats = new(StringComparer.Ordinal) { "format_number", "format_date", "date", "time_zone" };

    public static void Guard(FilterCollection filters)
    {
        foreach (var (name, filter) in filters.ToList())
        {
            filters.AddFilter(name, Wrap(name, filter));
        }
    }

    private static FilterDelegate Wrap(string name, FilterDelegate filter) => async (input, arguments, context) =>
    {
        if (name == "raw" && input is RenderedContentValue)
        {
            // "{{ Content | raw }}" is the layout's body as it is (already unencoded): kept whole, with its code marks.
            return input;
        }

        var budget = RenderBudget.Of(context);
        budget?.Check();
        SizeUp(name, input, arguments);
        var result = await filter(input, arguments, context);
        if (!ReferenceEquals(result, input))
        {
            Measure(name, result, budget);
        }

        return result;
    };

    private static void SizeUp(string name, FluidValue input, FilterArguments arguments)
    {
        if (!NotText.Contains(name) && ValueSize.Chars(input) > TemplateLimits.MaxStringChars)
        {
            throw TemplateLimits.StringTooLong(name);
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (ValueSize.Chars(arguments.At(i)) > TemplateLimits.MaxStringChars)
            {
                throw TemplateLimits.StringTooLong(name);
            }
        }

        var grows = name switch
        {
            "replace" => ReplacedSize(input, arguments),
            "join" => JoinedSize(input, arguments),
            "format_string" => FormattedSize(input, arguments),
            _ when Formats.Contains(name) && arguments.Count > 0 => ValueSize.NumbersIn(arguments.At(0).ToStringValue()),
            _ => 0,
        };
        if (grows > TemplateLimits.MaxStringChars)
        {
            throw TemplateLimits.StringTooLong(name);
        }

        var items = name switch
        {
            "split" => SplitItems(input, arguments),
            "concat" => (long)ValueSize.Items(input) + ValueSize.Items(arguments.At(0)),
            _ => 0,
        };
        if (items > TemplateLimits.MaxListItems)
        {
            throw TemplateLimits.ListTooLong(name);
        }
    }

    private static long ReplacedSize(FluidValue input, FilterArguments arguments)
    {
        var text = input.ToStringValue();
        var part = arguments.At(0).ToStringValue();
        var growth = arguments.At(1).ToStringValue().Length - part.Length;
        return growth <= 0
            ? text.Length
            : text.Length + (ValueSize.Occurrences(text, part, TemplateLimits.MaxStringChars) * growth);
    }

    private static long JoinedSize(FluidValue input, FilterArguments arguments)
    {
        var separator = arguments.Count > 0 ? arguments.At(0).ToStringValue().Length : 1;
        return ValueSize.Chars(input, TemplateLimits.MaxStringChars + 1) + ((long)Math.Max(0, ValueSize.Items(input) - 1) * separator);
    }

    /// <summary>Each "{n}" may repeat the longest argument, and each written width pads.</summary>
    private static long FormattedSize(FluidValue input, FilterArguments arguments)
    {
        var format = input.ToStringValue();
        long longest = 0;
        for (var i = 0; i < arguments.Count; i++)
        {
            longest = Math.Max(longest, ValueSize.Chars(arguments.At(i)));
        }

        return format.Length + (format.Count(c => c == '{') * longest) + ValueSize.NumbersIn(format);
    }

    private static long SplitItems(FluidValue input, FilterArguments arguments)
    {
        var text = input.ToStringValue();
        var separator = arguments.At(0).ToStringValue();
        return separator.Length == 0 ? text.Length : ValueSize.Occurrences(text, separator, TemplateLimits.MaxListItems) + 1;
    }

    private static void Measure(string name, FluidValue result, RenderBudget? budget)
    {
        if (result is ArrayValue list)
        {
            if (list.Values.Count > TemplateLimits.MaxListItems)
            {
                throw TemplateLimits.ListTooLong(name);
            }

            budget?.Charge((long)list.Values.Count * TemplateLimits.CharsPerListItem);
            return;
        }

        if (result is StringValue text)
        {
            var length = text.ToStringValue().Length;
            if (length > TemplateLimits.MaxStringChars)
            {
                throw TemplateLimits.StringTooLong(name);
            }

            budget?.Charge(length);
        }
    }
}

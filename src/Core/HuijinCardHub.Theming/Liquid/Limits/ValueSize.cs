using Fluid.Values;

namespace HuijinCardHub.Theming.Liquid.Limits;

/// <summary>
/// How long a value's string form would be, counted without making it: a list of ten thousand copies of a long
/// text turns into one enormous string the moment a filter reads it as text.
/// </summary>
internal static class ValueSize
{
    /// <summary>Characters of the value as text; stops counting once past <paramref name="cap"/>.</summary>
    public static long Chars(FluidValue value, long cap = TemplateLimits.MaxStringChars)
    {
        switch (value)
        {
            case StringValue text:
                return text.ToStringValue().Length;
            case RenderedContentValue content:
                return content.Length;
            case ArrayValue list:
                long total = 0;
                foreach (var item in list.Values)
                {
                    total += Chars(item, cap - total);
                    if (total > cap)
                    {
                        break;
                    }
                }

                return total;
            case NilValue or EmptyValue or BlankValue:
                return 0;
            default:
                // Numbers, booleans, dates and models: short by nature.
                return value.ToStringValue().Length;
        }
    }

    public static int Items(FluidValue value) => value is ArrayValue list ? list.Values.Count : 1;

    /// <summary>Occurrences of <paramref name="part"/> in <paramref name="text"/>, counting no further than <paramref name="cap"/>.</summary>
    public static long Occurrences(string text, string part, long cap)
    {
        if (part.Length == 0)
        {
            return text.Length + 1;
        }

        long count = 0;
        var rest = text.AsSpan();
        int index;
        while (count <= cap && (index = rest.IndexOf(part, StringComparison.Ordinal)) >= 0)
        {
            count++;
            rest = rest[(index + part.Length)..];
        }

        return count;
    }

    /// <summary>The sum of the numbers written in a format ("{0,99999}", "D999999", "%1000000d" ask for that much padding).</summary>
    public static long NumbersIn(string format)
    {
        long sum = 0, current = 0;
        foreach (var c in format)
        {
            if (char.IsAsciiDigit(c))
            {
                current = Math.Min(current * 10 + (c - '0'), int.MaxValue);
                continue;
            }

            sum += current;
            current = 0;
        }

        return sum + current;
    }
}

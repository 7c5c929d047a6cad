using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace HuijinCardHub.Theming.Liquid;

/// <summary>
/// A page body already rendered (and encoded) by its own template, as the layout's <c>Content</c>: written
/// straight from the body's buffer without a string copy. A template that compares or filters it gets
/// exactly what a string value would give, from a copy made then.
/// </summary>
internal sealed class RenderedContentValue(PageBuffer body) : FluidValue
{
    private StringValue? _asString;

    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => AsString.Equals(other);

    public override bool ToBooleanValue() => AsString.ToBooleanValue();

    public override decimal ToNumberValue() => AsString.ToNumberValue();

    public override string ToStringValue() => AsString.ToStringValue();

    public override object ToObjectValue() => AsString.ToObjectValue();

    public int Length => body.Written.Length;

    /// <summary>
    /// Straight into the page carries the body's code marks along; anywhere else (a capture, a filter) gets the
    /// text alone, which holds no codes.
    /// </summary>
    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        if (writer is PageBuffer page)
        {
            page.WritePage(body);
        }
        else
        {
            writer.Write(body.Written);
        }

        return default;
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => AsString.GetHashCode();

    private StringValue AsString => _asString ??= new StringValue(body.ToString(), encode: false);
}

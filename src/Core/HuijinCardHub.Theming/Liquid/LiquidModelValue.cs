using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace HuijinCardHub.Theming.Liquid;

/// <summary>
/// A [LiquidModel] object in a template: members through the allow-list only, and printed as nothing,
/// because a record's ToString() would list every member, allowed or not.
/// </summary>
internal sealed class LiquidModelValue(object value) : ObjectValueBase(value)
{
    public override string ToStringValue() => "";

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => default;
}

using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace HuijinCardHub.Theming.Liquid.Limits;

/// <summary>"(a..b)" as Fluid makes it (a list of numbers), refused before allocating when it would be too long.</summary>
internal sealed class BoundedRangeExpression(Expression from, Expression to) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var start = (long)(await from.EvaluateAsync(context)).ToNumberValue();
        var end = (long)(await to.EvaluateAsync(context)).ToNumberValue();
        var count = Math.Max(0, end - start + 1);
        if (count > TemplateLimits.MaxListItems)
        {
            throw TemplateLimits.ListTooLong("range");
        }

        RenderBudget.Of(context)?.Charge(count * TemplateLimits.CharsPerListItem);
        var numbers = new FluidValue[count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = NumberValue.Create(start + i);
        }

        return new ArrayValue(numbers);
    }
}

using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace HuijinCardHub.Theming.Liquid.Limits;

/// <summary>The first statement of every loop body: a loop that writes nothing still stops when the render's time is up.</summary>
internal sealed class BudgetCheckStatement : Statement
{
    public static readonly BudgetCheckStatement Instance = new();

    public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        RenderBudget.Of(context)?.Check();
        return Normal();
    }
}

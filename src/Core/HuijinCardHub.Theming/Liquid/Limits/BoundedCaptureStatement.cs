using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace HuijinCardHub.Theming.Liquid.Limits;

/// <summary>
/// <c>{% capture %}</c> into a buffer that refuses to grow past <see cref="TemplateLimits.MaxStringChars"/>:
/// Fluid's own capture grows a StringBuilder without end ("{{ s }}{{ s }}" captured in a loop doubles each turn).
/// </summary>
internal sealed class BoundedCaptureStatement(string identifier, IReadOnlyList<Statement> statements) : Statement
{
    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var completion = Completion.Normal;
        using var captured = new CaptureWriter();
        foreach (var statement in statements)
        {
            completion = await statement.WriteToAsync(captured, encoder, context);
            if (completion != Completion.Normal)
            {
                break;
            }
        }

        var text = captured.ToString();
        RenderBudget.Of(context)?.Charge(text.Length);
        context.SetValue(identifier, new StringValue(text, encode: false));
        return completion;
    }
}

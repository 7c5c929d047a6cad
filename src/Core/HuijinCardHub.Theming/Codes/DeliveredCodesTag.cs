using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using HuijinCardHub.Theming.Liquid;

namespace HuijinCardHub.Theming.Codes;

/// <summary>
/// <c>{% delivered_codes line.Number %}</c> (or <c>{% delivered_codes 0 %}</c> for every line): marks the spot in
/// the page where that line's codes go. It writes no code itself, so nothing a template does with its output
/// (capture, filters, Content in the layout) ever holds one; and it marks only when writing straight into the
/// page, never into a capture. <see cref="CodeInsertion"/> writes the codes there after the whole page is done.
/// </summary>
internal static class DeliveredCodesTag
{
    public const string Name = "delivered_codes";

    public static void Register(FluidParser parser) => parser.RegisterExpressionTag(Name, RenderAsync);

    private static async ValueTask<Completion> RenderAsync(Expression line, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var number = (await line.EvaluateAsync(context)).ToNumberValue();
        if (writer is PageBuffer page && CodesOnPage.Of(context) is not null)
        {
            page.MarkCodes(number is > 0 and <= int.MaxValue ? (int)number : 0);
        }

        return Completion.Normal;
    }
}

using Fluid;
using Fluid.Ast;

namespace HuijinCardHub.Theming.Liquid.Limits;

/// <summary>
/// Rewrites a parsed template so that what Fluid leaves unchecked is checked: a range makes at most
/// <see cref="TemplateLimits.MaxListItems"/> numbers ("(1..2000000000)" would allocate gigabytes), a capture writes
/// into a bounded buffer, and every loop turn looks at the render's clock.
/// </summary>
internal sealed class TemplateGuards : AstRewriter
{
    public static IFluidTemplate Apply(IFluidTemplate template) => new TemplateGuards().VisitTemplate(template);

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
    {
        var range = (RangeExpression)base.VisitRangeExpression(rangeExpression);
        return new BoundedRangeExpression(range.From, range.To);
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        var capture = (CaptureStatement)base.VisitCaptureStatement(captureStatement);
        return new BoundedCaptureStatement(capture.Identifier, capture.Statements);
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        var loop = (ForStatement)base.VisitForStatement(forStatement);
        return new ForStatement(WithCheck(loop.Statements), loop.Identifier, loop.Source, loop.Limit, loop.Offset, loop.Reversed, loop.Else);
    }

    protected override Statement VisitTableRowStatement(TableRowStatement tableRowStatement)
    {
        var loop = (TableRowStatement)base.VisitTableRowStatement(tableRowStatement);
        return new TableRowStatement(WithCheck(loop.Statements), loop.Identifier, loop.Source, loop.Limit, loop.Offset, loop.Cols);
    }

    private static List<Statement> WithCheck(IReadOnlyList<Statement> statements) => [BudgetCheckStatement.Instance, .. statements];
}

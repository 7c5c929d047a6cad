using Fluid;

namespace HuijinCardHub.Theming.Liquid.Limits;

/// <summary>
/// One page render's allowance, checked while the template runs (in every filter, capture and loop turn, and on
/// every write): the time limit and the characters made so far. Kept in the context's ambient values, which no
/// template can read.
/// </summary>
internal sealed class RenderBudget(CancellationToken request, CancellationToken deadline)
{
    private const string Key = "huijin.budget";

    private long _made;

    public static RenderBudget? Of(TemplateContext context) =>
        context.AmbientValues.TryGetValue(Key, out var value) ? value as RenderBudget : null;

    public void AttachTo(TemplateContext context) => context.AmbientValues[Key] = this;

    /// <summary>A buyer who went away cancels (no error page); a template that ran too long fails with a message.</summary>
    public void Check()
    {
        request.ThrowIfCancellationRequested();
        if (deadline.IsCancellationRequested)
        {
            throw TemplateLimits.RanTooLong();
        }
    }

    /// <summary>Counts what a filter or capture made; fails once the page has made more than it may.</summary>
    public void Charge(long chars)
    {
        Check();
        _made += chars;
        if (_made > TemplateLimits.MaxMadeChars)
        {
            throw TemplateLimits.TooMuchMade();
        }
    }
}

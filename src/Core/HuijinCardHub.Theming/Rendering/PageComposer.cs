using Fluid;
using HuijinCardHub.Sites;
using HuijinCardHub.Theming.Catalog;
using HuijinCardHub.Theming.Codes;
using HuijinCardHub.Theming.Liquid;
using HuijinCardHub.Theming.Liquid.Limits;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// Renders a template, then the layout around it with the result as <c>Content</c>, then writes the model's codes
/// (if any were attached) where the <c>{% delivered_codes %}</c> tag marked the finished page.
/// </summary>
internal sealed class PageComposer(StorefrontContextFactory contexts, LiquidEnvironment liquid, CodesOnPage codes)
{
    public async Task<string> ComposeAsync(
        ThemePackage theme, Site site, IFluidTemplate body, IFluidTemplate layout, object? model, string? title, CancellationToken cancellationToken)
    {
        using var page = await ComposeToBufferAsync(theme, site, body, layout, model, title, cancellationToken);
        return page.ToString();
    }

    /// <summary>The page in a pooled buffer: the caller sends it and disposes it. A failing template throws <see cref="TemplateFailedException"/>.</summary>
    public async Task<PageBuffer> ComposeToBufferAsync(
        ThemePackage theme, Site site, IFluidTemplate body, IFluidTemplate layout, object? model, string? title, CancellationToken cancellationToken)
    {
        // One context and one budget for both, so the statement, time and size limits count the whole page.
        var context = await contexts.CreateAsync(theme, site, model, title, cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(LiquidEnvironment.RenderTimeout);
        var budget = new RenderBudget(cancellationToken, deadline.Token);
        budget.AttachTo(context);
        codes.AttachTo(context, model);
        using var content = new PageBuffer(LiquidEnvironment.MaxOutputChars, budget);
        await RenderAsync(body, context, content, inLayout: false, cancellationToken);
        context.SetValue("Content", new RenderedContentValue(content));
        var page = new PageBuffer(LiquidEnvironment.MaxOutputChars, budget);
        try
        {
            await RenderAsync(layout, context, page, inLayout: true, cancellationToken);
            return CodeInsertion.Apply(page, CodesOnPage.Of(context), liquid.Encoder, budget);
        }
        catch
        {
            page.Dispose();
            throw;
        }
    }

    private async Task RenderAsync(IFluidTemplate template, TemplateContext context, PageBuffer into, bool inLayout, CancellationToken cancellationToken)
    {
        try
        {
            await liquid.RenderAsync(template, context, into);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TemplateFailedException(inLayout, exception);
        }
    }
}

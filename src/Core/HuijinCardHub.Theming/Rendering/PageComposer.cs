using Fluid;
using HuijinCardHub.Sites;
using HuijinCardHub.Theming.Catalog;
using HuijinCardHub.Theming.Liquid;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>Renders a template, then the layout around it with the result as <c>Content</c>.</summary>
internal sealed class PageComposer(StorefrontContextFactory contexts, LiquidEnvironment liquid)
{
    public async Task<string> ComposeAsync(
        ThemePackage theme, Site site, IFluidTemplate body, IFluidTemplate layout, object? model, string? title, CancellationToken cancellationToken)
    {
        using var page = await ComposeToBufferAsync(theme, site, body, layout, model, title, cancellationToken);
        return page.ToString();
    }

    /// <summary>The page in a pooled buffer: the caller sends it and disposes it.</summary>
    public async Task<PageBuffer> ComposeToBufferAsync(
        ThemePackage theme, Site site, IFluidTemplate body, IFluidTemplate layout, object? model, string? title, CancellationToken cancellationToken)
    {
        // One context and one time limit for both, so the statement and time limits count the whole page.
        var context = await contexts.CreateAsync(theme, site, model, title, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(LiquidEnvironment.RenderTimeout);
        using var content = new PageBuffer(LiquidEnvironment.MaxOutputChars, timeout.Token);
        await liquid.RenderAsync(body, context, content);
        context.SetValue("Content", new RenderedContentValue(content));
        var page = new PageBuffer(LiquidEnvironment.MaxOutputChars, timeout.Token);
        try
        {
            await liquid.RenderAsync(layout, context, page);
            return page;
        }
        catch
        {
            page.Dispose();
            throw;
        }
    }
}

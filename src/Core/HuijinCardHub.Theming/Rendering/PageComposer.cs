using Fluid;
using Fluid.Values;
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
        // One context for both, so the statement limit counts the whole page.
        var context = await contexts.CreateAsync(theme, site, model, title, cancellationToken);
        var content = await liquid.RenderAsync(body, context, cancellationToken);
        context.SetValue("Content", new StringValue(content, encode: false));
        return await liquid.RenderAsync(layout, context, cancellationToken);
    }
}

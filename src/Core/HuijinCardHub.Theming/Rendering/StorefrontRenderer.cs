using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Theming.Catalog;
using HuijinCardHub.Theming.Liquid;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>Renders storefront pages with the current site's theme, the merchant's overrides winning.</summary>
internal sealed class StorefrontRenderer(
    ISiteAccessor sites,
    ThemeCatalog catalog,
    TemplateSourceResolver resolver,
    PageComposer composer,
    IHttpContextAccessor http,
    ILogger<StorefrontRenderer> logger) : IStorefrontRenderer
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public async Task<IResult> RenderAsync(string template, object? model, string? title = null, CancellationToken cancellationToken = default)
    {
        var page = await RenderPageAsync(template, model, title, cancellationToken);
        if (!PathBase.HasValue)
        {
            return new RenderedPageResult(page, HtmlContentType);
        }

        using (page)
        {
            return Results.Content(TenantLinks.UnderPathBase(page.ToString(), PathBase), HtmlContentType);
        }
    }

    public async Task<string> RenderToStringAsync(string template, object? model, string? title = null, CancellationToken cancellationToken = default)
    {
        using var page = await RenderPageAsync(template, model, title, cancellationToken);
        return TenantLinks.UnderPathBase(page.ToString(), PathBase);
    }

    private PathString PathBase => http.HttpContext?.Request.PathBase ?? PathString.Empty;

    private async Task<PageBuffer> RenderPageAsync(string template, object? model, string? title, CancellationToken cancellationToken)
    {
        var site = await sites.GetCurrentAsync(cancellationToken);
        var theme = catalog.Resolve(site.Theme)
            ?? throw new ShopException(new Bilingual("没有可用的店面主题", "No storefront theme is installed"));

        var body = await resolver.ResolveAsync(theme, template, cancellationToken);
        var layout = await resolver.ResolveAsync(theme, "layout", cancellationToken);
        try
        {
            return await composer.ComposeToBufferAsync(theme, site, body.Template, layout.Template, model, title, cancellationToken);
        }
        catch (Exception exception) when ((body.IsOverride || layout.IsOverride) && !cancellationToken.IsCancellationRequested)
        {
            // An override that parses can still fail while running (limits, bad filter use): the shipped template still works.
            logger.LogWarning(exception, "Template override {Theme}/{Template} failed to render, using the theme's own", theme.Name, template);
            var originalBody = body.IsOverride ? resolver.ResolveOriginal(theme, template) : body;
            var originalLayout = layout.IsOverride ? resolver.ResolveOriginal(theme, "layout") : layout;
            return await composer.ComposeToBufferAsync(theme, site, originalBody.Template, originalLayout.Template, model, title, cancellationToken);
        }
    }
}

using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Theming.Catalog;
using HuijinCardHub.Theming.Liquid;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// Renders storefront pages with the current site's theme, the merchant's overrides winning. An override that
/// fails while rendering is counted (the store switches it off after a few) and the theme's own template is used
/// for this page; if the theme's own fails too, the buyer gets a plain bilingual error page, never an empty 500.
/// </summary>
internal sealed class StorefrontRenderer(
    ISiteAccessor sites,
    ThemeCatalog catalog,
    TemplateSourceResolver resolver,
    PageComposer composer,
    ITemplateOverrideStore overrides,
    IHttpContextAccessor http,
    ILogger<StorefrontRenderer> logger) : IStorefrontRenderer
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public async Task<IResult> RenderAsync(string template, object? model, string? title = null, CancellationToken cancellationToken = default)
    {
        PageBuffer page;
        try
        {
            page = await RenderPageAsync(template, model, title, cancellationToken);
        }
        catch (TemplateFailedException failed)
        {
            return Results.Content(RenderFailurePage.Html(failed.Text), HtmlContentType, statusCode: StatusCodes.Status500InternalServerError);
        }

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
        try
        {
            using var page = await RenderPageAsync(template, model, title, cancellationToken);
            return TenantLinks.UnderPathBase(page.ToString(), PathBase);
        }
        catch (TemplateFailedException failed)
        {
            return RenderFailurePage.Html(failed.Text);
        }
    }

    private PathString PathBase => http.HttpContext?.Request.PathBase ?? PathString.Empty;

    private async Task<PageBuffer> RenderPageAsync(string template, object? model, string? title, CancellationToken cancellationToken)
    {
        var site = await sites.GetCurrentAsync(cancellationToken);
        var theme = catalog.Resolve(site.Theme)
            ?? throw new ShopException(new Bilingual("没有可用的店面主题", "No storefront theme is installed"));

        var body = await resolver.ResolveAsync(theme, template, cancellationToken);
        var layout = await resolver.ResolveAsync(theme, "layout", cancellationToken);
        while (true)
        {
            try
            {
                return await composer.ComposeToBufferAsync(theme, site, body.Template, layout.Template, model, title, cancellationToken);
            }
            catch (TemplateFailedException failed) when ((failed.InLayout ? layout : body).IsOverride)
            {
                // Each turn puts one failing override aside, so this ends with the theme's own templates at the latest.
                var culprit = failed.InLayout ? layout : body;
                logger.LogWarning(failed.InnerException, "Template override {Theme}/{Template} failed to render, using the theme's own", theme.Name, culprit.Name);
                await CountFailureAsync(theme, culprit, failed.Text, cancellationToken);
                if (failed.InLayout)
                {
                    layout = resolver.ResolveOriginal(theme, "layout");
                }
                else
                {
                    body = resolver.ResolveOriginal(theme, template);
                }
            }
            catch (TemplateFailedException failed)
            {
                logger.LogError(failed.InnerException, "Theme {Theme} template {Template} failed to render", theme.Name, failed.InLayout ? "layout" : template);
                throw;
            }
        }
    }

    private async Task CountFailureAsync(ThemePackage theme, ResolvedTemplate culprit, Bilingual reason, CancellationToken cancellationToken)
    {
        try
        {
            if (await overrides.RecordFailureAsync(theme.Name, culprit.Name, culprit.Source, reason, cancellationToken))
            {
                logger.LogWarning("Template override {Theme}/{Template} failed {Count} times and is switched off: {Reason}",
                    theme.Name, culprit.Name, ITemplateOverrideStore.SwitchOffAfterFailures, reason.English);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The buyer still gets the page from the theme's own template; the count waits for the next failure.
            logger.LogError(exception, "Could not count the failure of template override {Theme}/{Template}", theme.Name, culprit.Name);
        }
    }
}

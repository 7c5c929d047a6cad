using HuijinCardHub.Text;
using HuijinCardHub.Theming.Catalog;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// Picks what to render for a template: the merchant's override when it parses, else the theme's own file
/// (a broken override must not take the storefront down), else the default theme's file.
/// </summary>
internal sealed class TemplateSourceResolver(
    ITemplateOverrideStore overrides,
    ThemeCatalog catalog,
    ParsedTemplateCache cache,
    ILogger<TemplateSourceResolver> logger)
{
    public async Task<ResolvedTemplate> ResolveAsync(ThemePackage theme, string template, CancellationToken cancellationToken)
    {
        var source = await overrides.GetAsync(theme.Name, template, cancellationToken);
        if (source is not null)
        {
            var parsed = cache.Get(theme.Name, template, isOverride: true, source);
            if (parsed.Template is not null)
            {
                return new ResolvedTemplate(template, parsed.Template, IsOverride: true, source);
            }

            logger.LogWarning("Template override {Theme}/{Template} does not parse, using the theme's own: {Error}", theme.Name, template, parsed.Error?.English);
        }

        return ResolveOriginal(theme, template);
    }

    public ResolvedTemplate ResolveOriginal(ThemePackage theme, string template)
    {
        var owner = theme.Templates.ContainsKey(template) ? theme : catalog.Resolve(null);
        if (owner is null || !owner.Templates.TryGetValue(template, out var original))
        {
            throw new ShopException(new Bilingual($"主题 {theme.Name} 缺少模板 {template}", $"Theme {theme.Name} has no template {template}"));
        }

        var parsed = cache.Get(owner.Name, template, isOverride: false, original);
        return parsed.Template is not null
            ? new ResolvedTemplate(template, parsed.Template, IsOverride: false, original)
            : throw new ShopException(parsed.Error!);
    }
}

using HuijinCardHub.Text;
using HuijinCardHub.Theming.Catalog;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// Picks what to render for a template: the merchant's override for the active theme when it parses (a broken
/// override must not take the storefront down), else the shipped source found along the catalog's lookup order:
/// the theme, its base themes, the enabled modules' defaults, the default theme.
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

            logger.LogWarning("Template override {Theme}/{Template} does not parse, using the shipped one: {Error}", theme.Name, template, parsed.Error?.English);
        }

        return ResolveOriginal(theme, template);
    }

    public ResolvedTemplate ResolveOriginal(ThemePackage theme, string template)
    {
        var origin = catalog.FindOriginal(theme, template)
            ?? throw new ShopException(new Bilingual($"主题 {theme.Name} 缺少模板 {template}，也没有启用的模块提供它", $"Theme {theme.Name} has no template {template}, and no enabled module ships one"));

        var parsed = cache.Get(origin.Owner, template, isOverride: false, origin.Source);
        return parsed.Template is not null
            ? new ResolvedTemplate(template, parsed.Template, IsOverride: false, origin.Source)
            : throw new ShopException(parsed.Error!);
    }
}

using HuijinCardHub.Sites;
using HuijinCardHub.Text;
using HuijinCardHub.Theming.Catalog;
using HuijinCardHub.Theming.Liquid;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>Renders unsaved template source with sample data for the admin; errors come back as text, never thrown.</summary>
internal sealed class TemplatePreview(
    ISiteAccessor sites,
    ThemeCatalog catalog,
    TemplateSourceResolver resolver,
    PageComposer composer,
    LiquidEnvironment liquid,
    IEnumerable<ITemplateSampleProvider> samples) : ITemplatePreview
{
    private const string SampleContent = "<section><h1>示例内容 Sample content</h1><p>这里显示页面正文。The page body is shown here.</p></section>";

    public Bilingual? CheckSyntax(string source) => liquid.Parse(source ?? "").Error;

    public async Task<TemplatePreviewResult> RenderAsync(string theme, string template, string source, CancellationToken cancellationToken = default)
    {
        var package = catalog.FindPackage(theme);
        if (package is null)
        {
            return Failed(new Bilingual($"未知主题：{theme}", $"Unknown theme: {theme}"));
        }

        var parsed = liquid.Parse(source ?? "");
        if (parsed.Template is null)
        {
            return Failed(parsed.Error!);
        }

        try
        {
            var site = await sites.GetCurrentAsync(cancellationToken);
            var isLayout = string.Equals(template, "layout", StringComparison.OrdinalIgnoreCase);
            var body = isLayout ? liquid.Parse(SampleContent).Template! : parsed.Template;
            var layout = isLayout ? parsed.Template : (await resolver.ResolveAsync(package, "layout", cancellationToken)).Template;
            var html = await composer.ComposeAsync(package, site, body, layout, SampleFor(template), "预览 Preview", cancellationToken);
            return new TemplatePreviewResult(html, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ShopException exception)
        {
            return Failed(exception.Text);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or OperationCanceledException or FormatException)
        {
            return Failed(new Bilingual($"模板运行出错：{exception.Message}", $"The template failed while rendering: {exception.Message}"));
        }
    }

    private object SampleFor(string template) =>
        samples.Select(p => p.GetSample(template)).FirstOrDefault(s => s is not null) ?? GenericSample();

    private static Dictionary<string, object?> GenericSample() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Title"] = "示例标题",
        ["BodyHtml"] = "<p>示例正文。Sample body.</p>",
        ["Welcome"] = "欢迎光临！",
        ["Announcement"] = "示例公告：全场自动发货。",
        ["Pages"] = new List<Dictionary<string, object?>>
        {
            new(StringComparer.OrdinalIgnoreCase) { ["Title"] = "关于我们", ["Url"] = "/pages/about", ["Slug"] = "about" },
        },
    };

    private static TemplatePreviewResult Failed(Bilingual error) => new(null, error);
}

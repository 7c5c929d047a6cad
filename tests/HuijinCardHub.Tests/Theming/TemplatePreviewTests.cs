using Xunit;

namespace HuijinCardHub.Tests.Theming;

public sealed class TemplatePreviewTests
{
    [Fact]
    public async Task A_syntax_error_comes_back_as_a_bilingual_message()
    {
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["home"] = "<p>ok</p>" });

        var result = await host.Preview.RenderAsync("Jade", "home", "{% for x in %}");

        Assert.False(result.Succeeded);
        Assert.Null(result.Html);
        Assert.StartsWith("模板语法错误", result.Error!.Chinese, StringComparison.Ordinal);
        Assert.StartsWith("Template syntax error", result.Error.English, StringComparison.Ordinal);
        Assert.DoesNotContain("{% for", result.Error.English, StringComparison.Ordinal);
        Assert.NotNull(host.Preview.CheckSyntax("{% if %}"));
        Assert.Null(host.Preview.CheckSyntax("{{ Site.Name }}"));
    }

    [Fact]
    public async Task Valid_source_renders_inside_the_layout_with_sample_data()
    {
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["page"] = "<p>x</p>" });

        var result = await host.Preview.RenderAsync("Jade", "page", "<h2>{{ Model.Title }}</h2>");

        Assert.True(result.Succeeded);
        Assert.Contains("<main><h2>示例标题</h2></main>", result.Html);
    }

    [Fact]
    public async Task A_runaway_template_is_stopped_with_an_error()
    {
        using var host = new ThemingTestHost();

        var result = await host.Preview.RenderAsync("Jade", "home", "{% for i in (1..10000000) %}{% for j in (1..10) %}x{% endfor %}{% endfor %}");

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void The_catalog_lists_the_theme_and_its_original_templates()
    {
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["home"] = "<p>首页</p>" });

        Assert.Equal("Jade", Assert.Single(host.Catalog.Themes).Name);
        Assert.Equal(["home", "layout"], host.Catalog.GetTemplateNames("jade"));
        Assert.Equal("<p>首页</p>", host.Catalog.GetOriginalSource("HuijinCardHub.Themes.Jade", "home"));
        Assert.Null(host.Catalog.GetOriginalSource("Jade", "missing"));
    }
}

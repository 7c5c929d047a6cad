using System.Globalization;
using System.Text;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Http;
using HuijinCardHub.Sites;
using Xunit;

namespace HuijinCardHub.Tests.Theming;

public sealed class StorefrontRendererTests
{
    private static readonly Dictionary<string, string> PageTemplate = new() { ["page"] = "<h1>{{ Model.Title }}</h1>{{ Model.BodyHtml | raw }}" };

    [Fact]
    public async Task Chinese_text_is_written_as_is_not_as_entities()
    {
        using var host = new ThemingTestHost(PageTemplate);

        var html = await host.Renderer.RenderToStringAsync("page", new PageModel("关于我们：汇锦卡盟", "<p>正文</p>"));

        Assert.Contains("<h1>关于我们：汇锦卡盟</h1>", html);
        Assert.Contains("<header>汇锦卡盟|首页</header>", html);
        Assert.DoesNotContain("&#x", html);
    }

    [Fact]
    public async Task Model_text_is_html_encoded_and_the_body_is_placed_in_the_layout_unencoded()
    {
        using var host = new ThemingTestHost(PageTemplate);

        var html = await host.Renderer.RenderToStringAsync("page", new PageModel("<script>alert(1)</script>", "<p>ok</p>"));

        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<main><h1>", html);
    }

    [Fact]
    public async Task Members_of_a_type_without_LiquidModel_are_not_readable()
    {
        var templates = new Dictionary<string, string>
        {
            ["page"] = "[{{ Model.Secret.Code }}][{{ Model.Secret.Password }}][{{ Model.Secret }}][{{ Model.Secret | json }}][{{ Model | json }}]",
            ["raw"] = "[{{ Model.Code }}][{{ Model }}]",
        };
        using var host = new ThemingTestHost(templates);
        var secret = new CardSecret("CARD-0001", "s3cret-pass");

        var page = await host.Renderer.RenderToStringAsync("page", new PageModel("标题", "", secret));
        var raw = await host.Renderer.RenderToStringAsync("raw", secret);

        Assert.DoesNotContain("s3cret-pass", page);
        Assert.DoesNotContain("CARD-0001", page);
        Assert.Contains("标题", page);
        Assert.DoesNotContain("CARD-0001", raw);
        Assert.DoesNotContain("s3cret-pass", raw);
    }

    [Fact]
    public async Task Lists_of_LiquidModel_items_are_readable()
    {
        var templates = new Dictionary<string, string> { ["page"] = "{% for l in Model.Links %}<a href=\"{{ l.Url }}\">{{ l.Title }}</a>{% endfor %}" };
        using var host = new ThemingTestHost(templates);

        var html = await host.Renderer.RenderToStringAsync("page", new PageModel("", "", Links: [new LinkModel("关于", "/pages/about")]));

        Assert.Contains("<a href=\"/pages/about\">关于</a>", html);
    }

    [Fact]
    public async Task A_template_override_wins_over_the_theme_file()
    {
        using var host = new ThemingTestHost(PageTemplate);
        await host.Overrides.SaveAsync("Jade", "page", "<p>商家自定义：{{ Model.Title }}</p>");

        var html = await host.Renderer.RenderToStringAsync("page", new PageModel("常见问题", ""));

        Assert.Contains("<p>商家自定义：常见问题</p>", html);
        Assert.DoesNotContain("<h1>", html);
    }

    [Fact]
    public async Task A_changed_override_is_picked_up_on_the_next_render()
    {
        using var host = new ThemingTestHost(PageTemplate);
        await host.Overrides.SaveAsync("Jade", "page", "<p>第一版</p>");
        await host.Renderer.RenderToStringAsync("page", new PageModel("", ""));
        await host.Overrides.SaveAsync("Jade", "page", "<p>第二版</p>");

        var html = await host.Renderer.RenderToStringAsync("page", new PageModel("", ""));

        Assert.Contains("第二版", html);
    }

    [Fact]
    public async Task A_broken_override_falls_back_to_the_theme_file()
    {
        using var host = new ThemingTestHost(PageTemplate);
        await host.Overrides.SaveAsync("Jade", "page", "<p>{% if Model.Title %}没有结束标签</p>");

        var html = await host.Renderer.RenderToStringAsync("page", new PageModel("原始模板", ""));

        Assert.Contains("<h1>原始模板</h1>", html);
    }

    [Fact]
    public async Task A_runaway_override_falls_back_too()
    {
        using var host = new ThemingTestHost(PageTemplate);
        await host.Overrides.SaveAsync("Jade", "page", "{% for i in (1..10000000) %}x{% endfor %}");

        var html = await host.Renderer.RenderToStringAsync("page", new PageModel("原始模板", ""));

        Assert.Contains("<h1>原始模板</h1>", html);
    }

    [Fact]
    public async Task The_t_filter_translates_for_english_and_keeps_chinese_by_default()
    {
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["home"] = "{{ \"欢迎光临\" | t }}|{{ \"未翻译\" | t }}|{{ \"未翻译\" | t: \"Fallback\" }}" });
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            var english = await host.Renderer.RenderToStringAsync("home", null);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var chinese = await host.Renderer.RenderToStringAsync("home", null);

            Assert.Contains("<header>汇锦卡盟|Home</header>", english);
            Assert.Contains("Welcome|未翻译|Fallback", english);
            Assert.Contains("欢迎光临|未翻译|未翻译", chinese);
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public async Task Site_theme_settings_override_the_theme_json_defaults()
    {
        var site = new Site(1, "分站", [], "Jade", "/logo.png", false, new Dictionary<string, string> { ["theme.accent"] = "amber" });
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["home"] = "{{ Theme.Settings.accent }}|{{ Site.Settings.footerText }}|{{ Site.Logo }}|{{ Page.Title }}" }, site);

        var html = await host.Renderer.RenderToStringAsync("home", null);

        Assert.Contains("amber|默认页脚|/logo.png|分站", html);
    }

    [Fact]
    public async Task A_site_saved_with_a_new_name_and_settings_shows_them_on_the_next_page()
    {
        var site = new Site(1, "旧店名", [], "Jade", null, true, new Dictionary<string, string> { ["theme.accent"] = "amber" });
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["home"] = "{{ Site.Name }}|{{ Theme.Settings.accent }}|{{ Site.Settings.accent }}" }, site);
        var before = await host.Renderer.RenderToStringAsync("home", null);

        host.Site = site with { Name = "新店名", Settings = new Dictionary<string, string> { ["theme.accent"] = "ruby" } };
        var after = await host.Renderer.RenderToStringAsync("home", null);

        Assert.Contains("旧店名|amber|amber", before);
        Assert.Contains("新店名|ruby|ruby", after);
        Assert.Contains("<header>新店名|首页</header>", after);
    }

    [Fact]
    public async Task An_unknown_site_theme_falls_back_to_Jade()
    {
        var site = new Site(1, "店", [], "NoSuchTheme", null, true, new Dictionary<string, string>());
        using var host = new ThemingTestHost(PageTemplate, site);

        var html = await host.Renderer.RenderToStringAsync("page", new PageModel("标题", ""));

        Assert.Contains("<h1>标题</h1>", html);
    }
    [Fact]
    public async Task A_long_page_reaches_the_buyer_byte_for_byte_with_its_length()
    {
        using var host = new ThemingTestHost(PageTemplate);
        // Chinese (3 bytes), an emoji pair (4 bytes) and ASCII, so the 4 KB chunks end inside characters at many offsets.
        var body = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"<p>第{i}张卡🎮ok</p>"));
        var model = new PageModel("长页面", body);
        var expected = Encoding.UTF8.GetBytes(await host.Renderer.RenderToStringAsync("page", model));

        var http = new DefaultHttpContext();
        using var sent = new MemoryStream();
        http.Response.Body = sent;
        var result = await host.Renderer.RenderAsync("page", model);
        await result.ExecuteAsync(http);

        Assert.True(expected.Length > 40_000);
        Assert.Equal(expected, sent.ToArray());
        Assert.Equal(expected.Length, http.Response.ContentLength);
        Assert.Equal("text/html; charset=utf-8", http.Response.ContentType);
    }

    [Fact]
    public async Task A_short_page_after_a_long_one_carries_nothing_of_it()
    {
        using var host = new ThemingTestHost(PageTemplate);
        await host.Renderer.RenderToStringAsync("page", new PageModel("长", new string('长', 50_000)));

        var html = await host.Renderer.RenderToStringAsync("page", new PageModel("短", "<p>短页</p>"));

        Assert.DoesNotContain("长", html);
        Assert.EndsWith("<h1>短</h1><p>短页</p></main></body></html>", html);
    }

    [Fact]
    public async Task A_page_that_writes_too_much_stops_with_a_clear_message()
    {
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["page"] = "{% for i in (1..50) %}{{ Model.BodyHtml | raw }}{% endfor %}" });

        var html = await host.Renderer.RenderToStringAsync("page", new PageModel("", new string('x', 100_000)));

        Assert.Contains("模板输出过大", html, StringComparison.Ordinal);
        Assert.Contains("The template wrote too much output", html, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxx", html, StringComparison.Ordinal);
    }
}

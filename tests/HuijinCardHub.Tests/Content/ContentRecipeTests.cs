using System.Text.Json.Nodes;
using HuijinCardHub.Recipes;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Content;

/// <summary>The announcements, banners and navigation recipe steps: import, refusal of bad items, export.</summary>
[Collection(ContentCollection.Name)]
public sealed class ContentRecipeTests(ContentShop shop)
{
    [Fact]
    public async Task A_recipe_with_a_bad_item_is_refused_before_any_step_runs()
    {
        const string Bad = """
        {
          "name": "bad-content",
          "steps": [
            { "name": "announcements", "announcements": [ { "title": "不该出现的公告" }, { "title": "日期错误", "publishedFrom": "明天早上" } ] },
            { "name": "banners", "banners": [ { "title": "脚本横幅", "image": "/a.png", "link": "javascript:alert(1)" } ] },
            { "name": "navigation", "navigation": [ { "text": "", "url": "/x" } ] }
          ]
        }
        """;
        var error = await Assert.ThrowsAnyAsync<ShopException>(() => shop.WithAsync(async s =>
        {
            await s.GetRequiredService<IRecipeRunner>().RunJsonAsync(Bad);
            return 0;
        }));
        var message = error.Text.Chinese + "\n" + error.Text.English;
        Assert.Contains("publishedFrom", message, StringComparison.Ordinal);
        Assert.Contains("javascript:alert(1)", message, StringComparison.Ordinal);
        Assert.Contains("请填写菜单文字", message, StringComparison.Ordinal);
        Assert.DoesNotContain("不该出现的公告", await shop.CreateBrowser().GetStringAsync("/announcements"), StringComparison.Ordinal);
    }

    private const string Again = """
        {
          "name": "content-again",
          "steps": [
            { "name": "announcements", "announcements": [ { "title": "新游上线公告", "body": "<p>原神充值秒到账</p>", "sortOrder": 30 } ] },
            { "name": "banners", "banners": [ { "title": "点卡横幅", "image": "/_content/HuijinCardHub.Content/banners/game-top-up.svg", "link": "/category/hot-games" } ] },
            { "name": "navigation", "navigation": [ { "text": "店铺公告", "url": "/announcements", "sortOrder": 50 } ] }
          ]
        }
        """;

    [Fact]
    public async Task Running_the_same_steps_again_updates_instead_of_adding_copies()
    {
        await shop.WithAsync(async s =>
        {
            var runner = s.GetRequiredService<IRecipeRunner>();
            await runner.RunJsonAsync(Again);
            await runner.RunJsonAsync(Again);
            return 0;
        });
        var html = await shop.CreateBrowser().GetStringAsync("/announcements");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, ">新游上线公告<"));
        Assert.Contains("原神充值秒到账", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_steps_back_in_the_shape_the_steps_read()
    {
        var json = await shop.WithAsync(s => s.GetRequiredService<IRecipeRunner>().ExportAsync());
        var steps = JsonNode.Parse(json)!["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();
        var announcements = steps.Single(s => (string?)s["name"] == "announcements")["announcements"]!.AsArray();
        Assert.Contains(announcements, a => (string?)a!["title"] == "明年才开始的公告" && (string?)a["publishedFrom"] == "2099-01-01T00:00:00Z");
        Assert.Contains(announcements, a => (string?)a!["title"] == "草稿公告" && (bool?)a["published"] == false);
        var banners = steps.Single(s => (string?)s["name"] == "banners")["banners"]!.AsArray();
        Assert.Contains(banners, b => (string?)b!["title"] == "点卡横幅" && (string?)b["link"] == "/category/hot-games");
        var navigation = steps.Single(s => (string?)s["name"] == "navigation")["navigation"]!.AsArray();
        Assert.Contains(navigation, n => (string?)n!["text"] == "官方微博" && (bool?)n["newTab"] == true);
    }
}

using System.Globalization;
using System.Net;
using HuijinCardHub.Catalog;
using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Search;

/// <summary>A buyer searching the storefront and a manager changing goods, with the search feature on.</summary>
[Collection(SearchCollection.Name)]
public sealed class GoodsSearchTests(SearchShop shop)
{
    [Theory]
    [InlineData("点券", new[] { "honor-coupons-60", "peace-elite-60" })]
    [InlineData("Q币", new[] { "qq-coins-10" })]
    [InlineData("q币", new[] { "qq-coins-10" })]
    [InlineData("王者", new[] { "honor-coupons-60", "king-sword-gift" })]
    [InlineData("一卡通", new[] { "netease-card-50" })]
    [InlineData("爱奇艺", new[] { "iqiyi-vip-month" })]
    public async Task A_search_puts_the_goods_named_by_the_query_first(string query, string[] expectedFirst)
    {
        var slugs = await shop.SearchAsync(query);
        Assert.Equal(expectedFirst.Order(), slugs.Take(expectedFirst.Length).Order());
    }

    [Fact]
    public async Task The_full_name_beats_a_partial_name_and_a_mention_in_the_description()
    {
        var slugs = await shop.SearchAsync("王者荣耀");
        Assert.Equal("honor-coupons-60", slugs[0]);
        Assert.Contains("game-card", slugs);
        Assert.DoesNotContain("king-sword-gift", slugs);
    }

    [Fact]
    public async Task The_storefront_search_page_lists_the_best_match_first()
    {
        var html = await shop.CreateBrowser().GetStringAsync("/search?q=" + Uri.EscapeDataString("王者荣耀"));
        var best = html.IndexOf("/goods/honor-coupons-60", StringComparison.Ordinal);
        var description = html.IndexOf("/goods/game-card", StringComparison.Ordinal);
        Assert.True(best >= 0, "the best match is listed");
        Assert.True(description > best, "the goods only described as such comes after");
    }

    [Fact]
    public async Task Hidden_goods_are_never_found()
    {
        Assert.DoesNotContain("secret-coupons", await shop.SearchAsync("内部测试点券"));
        Assert.DoesNotContain("secret-coupons", await shop.SearchAsync("点券"));
        var html = await shop.CreateBrowser().GetStringAsync("/search?q=" + Uri.EscapeDataString("内部测试"));
        Assert.DoesNotContain("/goods/secret-coupons", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_hiding_and_deleting_goods_in_the_admin_update_the_search()
    {
        var browser = await SignedInAsync();

        var renamed = await shop.GoodsAsync("rename-me");
        Assert.Contains("rename-me", await shop.SearchAsync("旧名字"));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync($"/admin/catalog/goods/{renamed.Summary.Id}", FormOf(renamed, "崩坏星穹铁道 星琼"))).StatusCode);
        Assert.Contains("rename-me", await shop.SearchAsync("星穹铁道"));
        Assert.DoesNotContain("rename-me", await shop.SearchAsync("旧名字"));

        var hidden = await shop.GoodsAsync("hide-me");
        Assert.Contains("hide-me", await shop.SearchAsync("将下架"));
        var form = FormOf(hidden, hidden.Summary.Name);
        form["Visible"] = "false";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync($"/admin/catalog/goods/{hidden.Summary.Id}", form)).StatusCode);
        Assert.False((await shop.GoodsAsync("hide-me")).Summary.Visible);
        Assert.DoesNotContain("hide-me", await shop.SearchAsync("将下架"));

        var deleted = await shop.GoodsAsync("delete-me");
        Assert.Contains("delete-me", await shop.SearchAsync("月票"));
        await browser.SubmitAsync("/admin/catalog/goods", new Dictionary<string, string>(), $"/admin/catalog/goods/{deleted.Summary.Id}/delete");
        Assert.DoesNotContain("delete-me", await shop.SearchAsync("月票"));
    }

    [Fact]
    public async Task A_manager_can_rebuild_the_index_and_try_a_search_in_the_admin()
    {
        var browser = await SignedInAsync();
        var response = await browser.SubmitAsync("/admin/search", new Dictionary<string, string>(), "/admin/search/rebuild");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await browser.GetStringAsync("/admin/search?q=" + Uri.EscapeDataString("点券"));
        Assert.Contains("索引已重建", page, StringComparison.Ordinal);
        Assert.Contains("王者荣耀点券 60点", page, StringComparison.Ordinal);
        Assert.Contains("重建索引", page, StringComparison.Ordinal);
        Assert.Equal("honor-coupons-60", (await shop.SearchAsync("王者荣耀"))[0]);
    }

    [Fact]
    public async Task The_index_lives_in_the_tenant_folder_and_is_built_by_the_first_search()
    {
        await shop.SearchAsync("点券");
        await using var scope = await shop.ShellScopeAsync();
        var index = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<HuijinCardHub.Search.Services.ShellGoodsIndex>(scope.ServiceProvider);
        Assert.Equal(Path.Combine(shop.AppData, "Sites", "Default", "Search"), index.Folder);
        Assert.NotNull(index.Index.BuiltUtc);
        Assert.True(Directory.EnumerateFiles(index.Folder!).Any());
    }

    [Fact]
    public async Task A_visitor_cannot_open_the_search_admin()
    {
        var response = await shop.CreateBrowser().GetAsync("/admin/search");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a:b*\"(")]
    [InlineData("*:*")]
    [InlineData("AND")]
    [InlineData("\\")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Odd_queries_are_answered_without_an_error(string query)
    {
        Assert.DoesNotContain("secret-coupons", await shop.SearchAsync(query));
        var response = await shop.CreateBrowser().GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_200_character_query_is_answered_without_an_error()
    {
        var query = string.Concat(Enumerable.Repeat("王者荣耀a:b*\"(", 20))[..200];
        await shop.SearchAsync(query);
        var response = await shop.CreateBrowser().GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var browser = shop.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword)).StatusCode);
        return browser;
    }

    private static Dictionary<string, string> FormOf(GoodsDetail goods, string name) => new()
    {
        ["Slug"] = goods.Summary.Slug,
        ["Name"] = name,
        ["CategoryId"] = goods.Summary.CategoryId.ToString(CultureInfo.InvariantCulture),
        ["Kind"] = goods.Summary.Kind.ToString(),
        ["Visible"] = "true",
        ["MinPerOrder"] = "1",
        ["MaxPerOrder"] = "100",
        ["Variants[0].Id"] = goods.Variants[0].Id.ToString(CultureInfo.InvariantCulture),
        ["Variants[0].Name"] = goods.Variants[0].Name,
        ["Variants[0].Price"] = goods.Variants[0].Price.ToYuanString(),
        ["Variants[0].Cost"] = goods.Variants[0].Cost.ToYuanString(),
        ["Variants[0].Enabled"] = "true",
    };
}

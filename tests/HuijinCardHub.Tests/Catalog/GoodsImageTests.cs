using System.Net;
using HuijinCardHub.Catalog;
using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Tests.Shop;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Catalog;

/// <summary>A manager giving goods a picture in the admin; buyers see it; nothing else gets through.</summary>
public sealed class GoodsImageTests(GameCardShopFactory shop) : IClassFixture<GameCardShopFactory>
{
    private async Task<HttpClient> ManagerAsync(bool english = false)
    {
        var browser = shop.CreateBrowser();
        if (english)
        {
            browser.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword)).StatusCode);
        return browser;
    }

    private async Task<GoodsSummary> GoodsAsync(string slug)
    {
        await using var scope = await shop.ShellScopeAsync();
        return (await scope.ServiceProvider.GetRequiredService<ICatalogQueries>().FindGoodsBySlugAsync(slug))!.Summary;
    }

    [Fact]
    public async Task A_manager_uploads_a_PNG_and_buyers_see_it_on_the_goods_page_cached_for_a_year_and_never_sniffed()
    {
        var manager = await ManagerAsync();
        var goods = await GoodsAsync("wow-timecard");

        var page = await manager.FollowAsync(await manager.UploadAsync(goods.Id, GoodsPictures.Png(), "wow.png", "image/png"));

        Assert.Contains("商品图片已更新", page, StringComparison.Ordinal);
        var url = (await GoodsAsync("wow-timecard")).ImageUrl;
        Assert.NotNull(url);
        Assert.NotEqual(goods.ImageUrl, url);
        Assert.Contains($"src=\"{url}\"", await shop.CreateBrowser().GetStringAsync("/goods/wow-timecard"), StringComparison.Ordinal);

        var picture = await shop.CreateBrowser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/webp", picture.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", picture.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(picture.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(365), picture.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", picture.Headers.CacheControl!.Extensions.Select(e => e.Name));
        var bytes = await picture.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("WEBP", System.Text.Encoding.ASCII.GetString(bytes, 8, 4));
    }

    [Fact]
    public async Task A_JPEG_photo_is_taken_and_shown_in_the_category_and_in_search_results()
    {
        var manager = await ManagerAsync();
        var goods = await GoodsAsync("ff14-timecard");

        Assert.Contains("商品图片已更新", await manager.FollowAsync(await manager.UploadAsync(goods.Id, GoodsPictures.Jpeg(), "ff14.jpg", "image/jpeg")), StringComparison.Ordinal);

        var url = (await GoodsAsync("ff14-timecard")).ImageUrl!;
        var buyer = shop.CreateBrowser();
        Assert.Contains(url, await buyer.GetStringAsync("/category/pc-cards"), StringComparison.Ordinal);
        Assert.Contains(url, await buyer.GetStringAsync("/search?q=" + Uri.EscapeDataString("最终幻想")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>", "photo.png")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"9\" height=\"9\"/></svg>", "logo.png")]
    public async Task A_web_page_or_drawing_renamed_as_a_picture_is_refused_in_both_languages_and_the_goods_keeps_its_picture(string content, string fileName)
    {
        var manager = await ManagerAsync();
        var before = await GoodsAsync("netease-card");

        var page = await manager.FollowAsync(await manager.UploadAsync(before.Id, System.Text.Encoding.UTF8.GetBytes(content), fileName, "image/png"));

        Assert.Contains("只能上传 PNG、JPEG、WebP 或 GIF 图片", page, StringComparison.Ordinal);
        var english = await ManagerAsync(english: true);
        Assert.Contains("Only PNG, JPEG, WebP or GIF pictures can be uploaded",
            await english.FollowAsync(await english.UploadAsync(before.Id, System.Text.Encoding.UTF8.GetBytes(content), fileName, "image/png")), StringComparison.Ordinal);
        Assert.Equal(before.ImageUrl, (await GoodsAsync("netease-card")).ImageUrl);
    }

    [Fact]
    public async Task A_picture_over_2_MB_is_refused_with_its_limit_in_both_languages()
    {
        var manager = await ManagerAsync();
        var before = await GoodsAsync("qq-coins");
        var big = GoodsPictures.NoisyPng();
        Assert.True(big.Length > 2 * 1024 * 1024);

        var page = await manager.FollowAsync(await manager.UploadAsync(before.Id, big, "big.png", "image/png"));

        Assert.Contains("图片不能超过 2 MB", page, StringComparison.Ordinal);
        var english = await ManagerAsync(english: true);
        Assert.Contains("The picture cannot be larger than 2 MB", await english.FollowAsync(await english.UploadAsync(before.Id, big, "big.png", "image/png")), StringComparison.Ordinal);
        Assert.Equal(before.ImageUrl, (await GoodsAsync("qq-coins")).ImageUrl);
    }

    [Fact]
    public async Task Another_tenant_cannot_read_this_shops_pictures_and_no_path_leaves_the_picture_folder()
    {
        var url = (await GoodsAsync("qq-coins")).ImageUrl!;
        Assert.Equal(HttpStatusCode.OK, (await shop.CreateBrowser().GetAsync(url)).StatusCode);

        var database = await shop.OpenTenantAsync(new ShellSettings { Name = "Pictures", RequestUrlPrefix = "pictures" }, "另一家店");
        try
        {
            var otherShop = shop.CreateBrowser();
            Assert.Equal(HttpStatusCode.NotFound, (await otherShop.GetAsync("/pictures" + url)).StatusCode);
        }
        finally
        {
            database.Drop();
        }

        var buyer = shop.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync("/media/goods/..%2F..%2Fshell.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync("/media/goods/" + new string('0', 32) + ".webp")).StatusCode);
    }

    [Fact]
    public async Task A_guest_cannot_upload_a_picture()
    {
        var goods = await GoodsAsync("qq-coins");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(GoodsPictures.Png()), "image", "x.png" } };
        var response = await shop.CreateBrowser().PostAsync($"/admin/catalog/goods/{goods.Id}/image", form);
        Assert.False(response.IsSuccessStatusCode);
        Assert.DoesNotContain("/admin/catalog/goods/", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(goods.ImageUrl, (await GoodsAsync("qq-coins")).ImageUrl);
    }
}

using System.Globalization;
using System.Net;
using HuijinCardHub.Catalog;
using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Catalog;

/// <summary>A manager editing goods and prices in the admin.</summary>
[Collection(CatalogCollection.Name)]
public sealed class CatalogAdminTests(CatalogShop shop)
{
    private async Task<HttpClient> SignedInAsync()
    {
        var browser = shop.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword)).StatusCode);
        return browser;
    }

    private static Dictionary<string, string> FormOf(GoodsDetail goods, string price) => new()
    {
        ["Slug"] = goods.Summary.Slug,
        ["Name"] = goods.Summary.Name,
        ["CategoryId"] = goods.Summary.CategoryId.ToString(CultureInfo.InvariantCulture),
        ["Kind"] = goods.Summary.Kind.ToString(),
        ["Visible"] = "true",
        ["MinPerOrder"] = "1",
        ["MaxPerOrder"] = "100",
        ["Variants[0].Id"] = goods.Variants[0].Id.ToString(CultureInfo.InvariantCulture),
        ["Variants[0].Name"] = goods.Variants[0].Name,
        ["Variants[0].Price"] = price,
        ["Variants[0].Cost"] = goods.Variants[0].Cost.ToYuanString(),
        ["Variants[0].Enabled"] = "true",
    };

    [Fact]
    public async Task A_negative_price_is_refused_with_a_bilingual_message_and_nothing_is_saved()
    {
        var browser = await SignedInAsync();
        var fields = new Dictionary<string, string>
        {
            ["Slug"] = "negative-card",
            ["Name"] = "负价卡",
            ["CategoryId"] = (await shop.GoodsAsync("thin-margin")).Summary.CategoryId.ToString(CultureInfo.InvariantCulture),
            ["Kind"] = "Code",
            ["Variants[0].Name"] = "标准",
            ["Variants[0].Price"] = "-5.00",
            ["Variants[0].Cost"] = "1.00",
        };
        var response = await browser.SubmitAsync("/admin/catalog/goods/create", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("规格 1的售价不能为负数", html, StringComparison.Ordinal);

        browser.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var english = await (await browser.SubmitAsync("/admin/catalog/goods/create", fields)).Content.ReadAsStringAsync();
        Assert.Contains("The price of variant 1 cannot be negative", english, StringComparison.Ordinal);

        Assert.Null(await shop.WithAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<ICatalogQueries>(s).FindGoodsBySlugAsync("negative-card")));
    }

    [Fact]
    public async Task An_absurd_price_is_refused_too()
    {
        var browser = await SignedInAsync();
        var goods = await shop.GoodsAsync("admin-edit-card");
        var response = await browser.SubmitAsync($"/admin/catalog/goods/{goods.Summary.Id}", FormOf(goods, "1000000.01"));
        Assert.Contains("不能超过 1,000,000 元", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(new Money(2000), (await shop.GoodsAsync("admin-edit-card")).Variants[0].Price);
    }

    [Fact]
    public async Task A_price_edited_in_the_admin_is_written_to_the_price_log()
    {
        var browser = await SignedInAsync();
        var goods = await shop.GoodsAsync("admin-edit-card");
        var response = await browser.SubmitAsync($"/admin/catalog/goods/{goods.Summary.Id}", FormOf(goods, "18.80"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Money(1880), (await shop.GoodsAsync("admin-edit-card")).Variants[0].Price);

        var log = await browser.GetStringAsync("/admin/catalog/prices");
        Assert.Contains("后台改价卡", log, StringComparison.Ordinal);
        Assert.Contains("¥20.00", log, StringComparison.Ordinal);
        Assert.Contains("¥18.80", log, StringComparison.Ordinal);
        Assert.Contains("后台编辑", log, StringComparison.Ordinal);
        Assert.Contains(ShopFactory.AdminUserName, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_category_with_goods_cannot_be_deleted()
    {
        var browser = await SignedInAsync();
        var goods = await shop.GoodsAsync("phone-topup");
        var page = await browser.GetStringAsync("/admin/catalog/categories");
        Assert.Contains("话费充值", page, StringComparison.Ordinal);
        var response = await browser.SubmitAsync("/admin/catalog/categories", new Dictionary<string, string>(), $"/admin/catalog/categories/{goods.Summary.CategoryId}/delete");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("分类下还有商品", await browser.GetStringAsync("/admin/catalog/categories"), StringComparison.Ordinal);
        Assert.Contains("/category/recharge", await browser.GetStringAsync("/admin/catalog/categories"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/catalog/goods")]
    [InlineData("/admin/catalog/goods/create")]
    [InlineData("/admin/catalog/categories")]
    [InlineData("/admin/catalog/categories/create")]
    [InlineData("/admin/catalog/levels")]
    [InlineData("/admin/catalog/prices")]
    public async Task Every_catalogue_admin_page_opens(string url)
    {
        var browser = await SignedInAsync();
        var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/admin/catalog/levels", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guest_is_kept_out_of_the_catalogue_admin()
    {
        var response = await shop.CreateBrowser().GetAsync("/admin/catalog/goods");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

using HuijinCardHub.Catalog;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Catalog;

/// <summary>What a buyer types for a top-up is checked against the goods' input fields.</summary>
[Collection(CatalogCollection.Name)]
public sealed class BuyerInputTests(CatalogShop shop)
{
    private async Task<IReadOnlyDictionary<string, Bilingual>> CheckAsync(string slug, Dictionary<string, string?> values)
    {
        var goods = await shop.GoodsAsync(slug);
        return await shop.WithAsync(s => s.GetRequiredService<IBuyerInputValidator>().ValidateAsync(goods.Summary.Id, values));
    }

    [Fact]
    public async Task A_valid_phone_number_passes_and_an_optional_field_may_stay_empty()
    {
        Assert.Empty(await CheckAsync("phone-topup", new() { ["phone"] = "13800138000" }));
    }

    [Fact]
    public async Task A_missing_required_field_is_named()
    {
        var errors = await CheckAsync("phone-topup", new() { ["phone"] = "  " });
        Assert.Equal("请填写手机号码", errors["phone"].Chinese);
        Assert.Equal("手机号码 is required", errors["phone"].English);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("23800138000")]
    [InlineData("1380013800a")]
    [InlineData("١٣٨٠٠١٣٨٠٠٠")]
    public async Task A_malformed_phone_number_is_refused(string phone)
    {
        var errors = await CheckAsync("phone-topup", new() { ["phone"] = phone });
        Assert.Contains("11 位手机号码", errors["phone"].Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_merchants_pattern_is_applied()
    {
        var errors = await CheckAsync("phone-topup", new() { ["phone"] = "13800138000", ["account"] = "AB<script>" });
        Assert.Contains("格式不正确", errors["account"].Chinese, StringComparison.Ordinal);
        Assert.Empty(await CheckAsync("phone-topup", new() { ["phone"] = "13800138000", ["account"] = "abcd" }));
    }

    [Theory]
    [InlineData("01234", false)]
    [InlineData("1234", false)]
    [InlineData("10001", true)]
    [InlineData("123456789012", true)]
    [InlineData("1234567890123", false)]
    public async Task A_QQ_number_has_5_to_12_digits_and_no_leading_zero(string qq, bool valid)
    {
        var errors = await CheckAsync("qq-coins-10", new() { ["qq"] = qq });
        Assert.Equal(valid, !errors.ContainsKey("qq"));
    }
}

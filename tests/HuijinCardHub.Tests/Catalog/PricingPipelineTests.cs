using HuijinCardHub.Catalog;
using HuijinCardHub.Pricing;
using HuijinCardHub.Settings;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Catalog;

/// <summary>The price a buyer pays: list price, member level, wholesale tier, site markup, then the margin floor.</summary>
[Collection(CatalogCollection.Name)]
public sealed class PricingPipelineTests(CatalogShop shop)
{
    private async Task<PriceContext> PriceAsync(string slug, int quantity = 1, bool member = false, int? markup = 0)
    {
        var goods = await shop.GoodsAsync(slug);
        long? level = null;
        if (member)
        {
            level = (await shop.WithAsync(s => s.GetRequiredService<ICatalogQueries>().ListMemberLevelsAsync())).Single(l => l.Name == "黄金会员").Id;
        }

        return await shop.WithAsync(s => s.GetRequiredService<IPriceCalculator>().CalculateAsync(new PriceRequest(goods.Variants[0].Id, quantity, level, markup)));
    }

    [Fact]
    public async Task A_guest_pays_the_list_price()
    {
        var price = await PriceAsync("qq-coins-10");
        Assert.Equal(new Money(980), price.UnitPrice);
        Assert.Equal(["base"], price.Steps.Select(s => s.Code));
    }

    [Fact]
    public async Task A_member_gets_the_level_discount()
    {
        var price = await PriceAsync("qq-coins-10", member: true);
        Assert.Equal(new Money(882), price.UnitPrice);
        Assert.Contains(price.Steps, s => s.Code == "member" && s.Change == new Money(-98));
    }

    [Fact]
    public async Task A_wholesale_tier_applies_from_its_quantity_and_stacks_on_the_member_price()
    {
        Assert.Equal(new Money(980), (await PriceAsync("qq-coins-10", quantity: 9)).UnitPrice);
        var guest = await PriceAsync("qq-coins-10", quantity: 10);
        Assert.Equal(new Money(931), guest.UnitPrice);
        Assert.Equal(new Money(9310), guest.Total);
        // 8.82 × 95% = 8.379, rounded half away from zero to the fen.
        Assert.Equal(new Money(838), (await PriceAsync("qq-coins-10", quantity: 10, member: true)).UnitPrice);
    }

    [Fact]
    public async Task A_site_markup_raises_the_price()
    {
        var price = await PriceAsync("qq-coins-10", markup: 1000);
        Assert.Equal(new Money(1078), price.UnitPrice);
    }

    [Fact]
    public async Task The_margin_floor_holds_unless_a_manager_allows_prices_below_it()
    {
        // 10.00 × 90% = 9.00, under cost 9.90 + 3% (10.197, rounded up to 10.20).
        var floored = await PriceAsync("thin-margin", member: true);
        Assert.Equal(new Money(1020), floored.UnitPrice);
        Assert.Equal("floor", floored.Steps[^1].Code);

        await shop.WithAsync(async s =>
        {
            await s.GetRequiredService<ISettingsStore>().SaveRawAsync("Pricing", """{"minimumMarginBasisPoints": 300, "allowBelowFloor": true}""");
            return 0;
        });
        try
        {
            Assert.Equal(new Money(900), (await PriceAsync("thin-margin", member: true)).UnitPrice);
        }
        finally
        {
            await shop.WithAsync(async s =>
            {
                await s.GetRequiredService<ISettingsStore>().SaveRawAsync("Pricing", """{"minimumMarginBasisPoints": 300, "allowBelowFloor": false}""");
                return 0;
            });
        }
    }

    [Fact]
    public async Task A_price_that_follows_cost_is_rounded_up_to_the_jiao_or_the_yuan()
    {
        // 9.23 + 5% = 9.6915 → 9.69 → 9.70 (jiao) or 10.00 (yuan).
        Assert.Equal(new Money(970), (await shop.GoodsAsync("follow-cost-jiao")).Variants[0].Price);
        Assert.Equal(new Money(1000), (await shop.GoodsAsync("follow-cost-yuan")).Variants[0].Price);
    }

    [Fact]
    public async Task An_absurd_quantity_is_refused_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<ShopException>(() => PriceAsync("qq-coins-10", quantity: 0));
        Assert.Contains("购买数量", error.Text.Chinese, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ShopException>(() => PriceAsync("qq-coins-10", quantity: 10_001));
    }
}

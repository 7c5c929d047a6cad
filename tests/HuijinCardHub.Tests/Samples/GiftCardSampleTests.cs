using System.Net;
using System.Text.RegularExpressions;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Text;

namespace HuijinCardHub.Tests.Samples;

/// <summary>
/// The sample plugin module (tests/HuijinCardHub.Samples.GiftCards) adds e-gift cards to the shop without any change
/// to Orders or the themes: a goods kind with its own fulfilment, a "My gift cards" page from its own template, a
/// link in the buyer's menu and a durable subscriber of OrderPaid. Switched off, all four are gone.
/// </summary>
[Collection(GiftCardCollection.Name)]
public sealed partial class GiftCardSampleTests(GiftCardShop shop)
{
    [GeneratedRegex("<nav class=\"buyer-links\"[^>]*>(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex BuyerMenu();

    [GeneratedRegex(@"GC-\d{4}-\d{4}-\d{4}-\d{4}")]
    private static partial Regex GiftCardNumber();

    [Fact]
    public async Task A_member_buys_two_gift_cards_reads_their_numbers_on_the_order_and_finds_them_under_my_gift_cards()
    {
        var member = await shop.RegisterMemberAsync("giftbuyer");
        var giftCard = await shop.GiftCardAsync();
        var placed = await member.SubmitAsync($"/checkout?variant={giftCard.Id}&quantity=2",
            new Dictionary<string, string> { ["variant"] = giftCard.Id.ToString(), ["quantity"] = "2", ["contact"] = "giftbuyer@example.com" }, "/checkout");
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var orderNo = placed.Headers.Location!.ToString()["/order/".Length..];

        await shop.PayAsync(orderNo);

        // The plugin's fulfilment issued one number per unit, and the order page reveals them to the buyer.
        var cards = await shop.CardsAsync(orderNo);
        Assert.Equal(2, cards.Count);
        Assert.All(cards, c => Assert.Matches(GiftCardNumber(), c.Number));
        Assert.NotEqual(cards[0].Number, cards[1].Number);
        var orderPage = await member.GetStringAsync("/order/" + orderNo);
        Assert.All(cards, c => Assert.Contains(c.Number, orderPage, StringComparison.Ordinal));
        Assert.Contains("电子礼品卡", orderPage, StringComparison.Ordinal);
        Assert.Equal(HuijinCardHub.Orders.OrderStatus.Delivered, (await shop.OrderAsync(orderNo)).Status);

        // Its OrderPaid subscriber noted the purchase for the buyer, through the durable outbox.
        var order = await shop.OrderAsync(orderNo);
        var purchase = Assert.Single(await WaitForPurchasesAsync(orderNo));
        Assert.Equal((order.UserId, "京东电子礼品卡 100元", 2), (purchase.UserId, purchase.GoodsName, purchase.Quantity));
        Assert.NotNull(order.UserId);

        // "My gift cards" is the module's own template inside the theme's layout, linked from the buyer's menu.
        var page = await member.GetStringAsync("/gift-cards");
        Assert.Contains("data-template=\"sample-gift-cards\"", page, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"page-title\">我的礼品卡</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/order/{orderNo}\">{orderNo}</a> · 京东电子礼品卡 100元 × 2", page, StringComparison.Ordinal);
        Assert.All(cards, c => Assert.Contains($"<code>{c.Number}</code>", page, StringComparison.Ordinal));
        Assert.Contains("href=\"/gift-cards\"", BuyerMenu().Match(page).Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("href=\"/gift-cards\"", BuyerMenu().Match(await member.GetStringAsync("/")).Groups[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_member_sees_none_of_those_gift_cards_and_a_guest_is_asked_to_sign_in()
    {
        var other = await shop.RegisterMemberAsync("nogift");
        var page = await other.GetStringAsync("/gift-cards");
        Assert.Contains("您还没有购买礼品卡。", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(GiftCardNumber(), page);

        using var guest = shop.CreateBrowser();
        var answer = await guest.GetAsync("/gift-cards");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/account/login?returnUrl=%2Fgift-cards", answer.Headers.Location!.ToString());
        Assert.DoesNotContain("/gift-cards", BuyerMenu().Match(await guest.GetStringAsync("/")).Groups[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switched_off_the_plugin_has_no_page_no_link_no_goods_to_sell_and_hears_of_no_paid_order()
    {
        var member = await shop.RegisterMemberAsync("giftoff");
        var giftCard = await shop.GiftCardAsync();
        var otherGoods = await shop.CodeGoodsAsync("giftoff", 2);
        var before = await shop.PlaceAsync(otherGoods, contact: "someone@example.com");
        await shop.PayAsync(before.OrderNo);
        Assert.Equal(1, await shop.RecorderDeliveriesAsync(before.OrderNo)); // switched on, it hears of every paid order

        await shop.SwitchAsync(on: false);
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/gift-cards")).StatusCode);
            var home = await member.GetStringAsync("/");
            Assert.Contains("href=\"/account/orders\"", BuyerMenu().Match(home).Groups[1].Value, StringComparison.Ordinal);
            Assert.DoesNotContain("/gift-cards", home, StringComparison.Ordinal);

            var refused = await Assert.ThrowsAsync<ShopException>(() => shop.PlaceAsync(giftCard, contact: "late@example.com"));
            Assert.Contains("京东电子礼品卡 100元", refused.Text.Chinese, StringComparison.Ordinal);
            Assert.Contains("京东电子礼品卡 100元", refused.Text.English, StringComparison.Ordinal);
            Assert.Contains("发货方式未启用", refused.Text.Chinese, StringComparison.Ordinal);
            Assert.Contains("delivery is switched off", refused.Text.English, StringComparison.Ordinal);
            Assert.NotEqual(refused.Text.Chinese, refused.Text.English);

            var after = await shop.PlaceAsync(otherGoods, contact: "someone@example.com");
            await shop.PayAsync(after.OrderNo);
            Assert.Equal(0, await shop.RecorderDeliveriesAsync(after.OrderNo));
        }
        finally
        {
            await shop.SwitchAsync(on: true);
        }

        Assert.Contains("href=\"/gift-cards\"", BuyerMenu().Match(await member.GetStringAsync("/")).Groups[1].Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/gift-cards")).StatusCode);
    }

    private async Task<List<HuijinCardHub.Samples.GiftCards.Domain.GiftCardPurchase>> WaitForPurchasesAsync(string orderNo)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var purchases = await shop.PurchasesAsync(orderNo);
            if (purchases.Count > 0 || DateTime.UtcNow > until)
            {
                return purchases;
            }

            await Task.Delay(100);
        }
    }
}

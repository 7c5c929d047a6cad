using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Orders;

/// <summary>The codes mail links to the order on the shop's own address, not the host a buyer's request named.</summary>
[Collection(OrdersCollection.Name)]
public sealed class OrderMailLinkTests(OrdersShop shop)
{
    [Fact]
    public async Task The_codes_mail_links_to_the_order_on_the_public_address()
    {
        var variant = await shop.CodeGoodsAsync("maillink", 1);
        using var guest = shop.CreateBrowser("evil.example");
        var placed = await guest.SubmitAsync($"/checkout?variant={variant.Id}&quantity=1", new Dictionary<string, string>
        {
            ["variant"] = variant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["quantity"] = "1",
            ["contact"] = "linkme@example.com", ["password"] = "abcd1234",
        }, "/checkout");
        var orderNo = placed.Headers.Location!.ToString()["/order/".Length..];
        await guest.SubmitAsync("/order/" + orderNo, new Dictionary<string, string> { ["channel"] = "instant" }, $"/order/{orderNo}/pay");

        // The test shop was set up unattended without Setup__PublicAddress: its address is the one the host listens on.
        var mail = await Mailbox.WaitForAsync(shop, "linkme@example.com", orderNo);
        Assert.Contains($"href=\"http://localhost/order/{orderNo}\"", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", mail, StringComparison.Ordinal);
    }
}

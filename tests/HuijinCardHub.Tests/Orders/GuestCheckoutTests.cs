using System.Net;
using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Orders;

/// <summary>A guest buys a code on the storefront, pays in the sandbox and sees the code; nobody else does.</summary>
[Collection(OrdersCollection.Name)]
public sealed class GuestCheckoutTests(OrdersShop shop)
{
    private static async Task<string> PlaceAsGuestAsync(HttpClient browser, long variantId, string password = "abcd1234", string contact = "guest@example.com")
    {
        var response = await browser.SubmitAsync($"/checkout?variant={variantId}&quantity=1", new Dictionary<string, string> { ["variant"] = variantId.ToString(), ["quantity"] = "1", ["contact"] = contact, ["password"] = password }, "/checkout");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/order/", location, StringComparison.Ordinal);
        return location["/order/".Length..];
    }

    [Fact]
    public async Task A_guest_buys_pays_and_sees_the_code_which_a_stranger_cannot()
    {
        var variant = await shop.CodeGoodsAsync("guest", 3);
        using var guest = shop.CreateBrowser();
        var checkout = await guest.GetStringAsync($"/checkout?variant={variant.Id}&quantity=1");
        Assert.Contains("点卡 guest", checkout, StringComparison.Ordinal);
        Assert.Contains("9.80", checkout, StringComparison.Ordinal);

        var orderNo = await PlaceAsGuestAsync(guest, variant.Id);
        Assert.Equal(20, orderNo.Length);
        Assert.Equal(2, await shop.StockAsync(variant));
        var pending = await guest.GetStringAsync("/order/" + orderNo);
        Assert.Contains("待支付", pending, StringComparison.Ordinal);
        Assert.DoesNotContain("GUEST-0001", pending, StringComparison.Ordinal);

        var paid = await guest.SubmitAsync("/order/" + orderNo, new Dictionary<string, string> { ["channel"] = "instant" }, $"/order/{orderNo}/pay");
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var delivered = await guest.GetStringAsync("/order/" + orderNo);
        Assert.Contains("已发货", delivered, StringComparison.Ordinal);
        Assert.Contains("GUEST-0001", delivered, StringComparison.Ordinal);
        Assert.Contains("PW0001", delivered, StringComparison.Ordinal);

        using var stranger = shop.CreateBrowser();
        var locked = await stranger.GetStringAsync("/order/" + orderNo);
        Assert.DoesNotContain("GUEST-0001", locked, StringComparison.Ordinal);
        Assert.DoesNotContain("点卡 guest", locked, StringComparison.Ordinal);
        Assert.Contains("查询密码", locked, StringComparison.Ordinal);
        var status = await stranger.GetAsync($"/order/{orderNo}/status");
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
    }

    [Fact]
    public async Task Lookup_with_the_right_password_shows_the_codes_and_wrong_ones_are_throttled()
    {
        var variant = await shop.CodeGoodsAsync("lookup", 2);
        using (var guest = shop.CreateBrowser())
        {
            var placed = await PlaceAsGuestAsync(guest, variant.Id, "right-pass", "13800138000");
            await guest.SubmitAsync("/order/" + placed, new Dictionary<string, string> { ["channel"] = "instant" }, $"/order/{placed}/pay");
        }

        using var phone = shop.CreateBrowser();
        var wrong = await phone.SubmitAsync("/orders/lookup", new Dictionary<string, string> { ["q"] = "13800138000", ["password"] = "wrong-pass" }, "/orders/lookup");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var wrongPage = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("不匹配", wrongPage, StringComparison.Ordinal);
        Assert.DoesNotContain("LOOKUP-0001", wrongPage, StringComparison.Ordinal);

        var right = await phone.SubmitAsync("/orders/lookup", new Dictionary<string, string> { ["q"] = "13800138000", ["password"] = "right-pass" }, "/orders/lookup");
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var order = await phone.GetStringAsync(right.Headers.Location!.ToString());
        Assert.Contains("LOOKUP-0001", order, StringComparison.Ordinal);

        // A guesser on one address: after the allowance even the right password is refused for a while.
        using var guesser = shop.CreateBrowser();
        HttpResponseMessage last = new();
        for (var i = 0; i < 6; i++)
        {
            last = await guesser.SubmitAsync("/orders/lookup", new Dictionary<string, string> { ["q"] = "13800138000", ["password"] = $"guess-{i}" }, "/orders/lookup");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Contains("查询次数过多", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refused = await guesser.SubmitAsync("/orders/lookup", new Dictionary<string, string> { ["q"] = "13800138000", ["password"] = "right-pass" }, "/orders/lookup");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Theory]
    [InlineData("", "abcd1234", "游客下单请填写联系方式")]
    [InlineData("not a contact", "abcd1234", "联系方式请填写邮箱")]
    [InlineData("guest@example.com", "", "订单查询密码")]
    [InlineData("guest@example.com", "abc", "订单查询密码")]
    public async Task A_guest_without_proper_contact_or_password_is_told_why_and_nothing_is_reserved(string contact, string password, string message)
    {
        var variant = await shop.CodeGoodsAsync("bad" + Guid.NewGuid().ToString("N")[..6], 2);
        using var guest = shop.CreateBrowser();
        var response = await guest.SubmitAsync($"/checkout?variant={variant.Id}&quantity=1", new Dictionary<string, string> { ["variant"] = variant.Id.ToString(), ["quantity"] = "1", ["contact"] = contact, ["password"] = password }, "/checkout");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await shop.StockAsync(variant));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1000000")]
    [InlineData("abc")]
    public async Task Absurd_quantities_are_refused_with_a_message(string quantity)
    {
        var variant = await shop.CodeGoodsAsync("qty" + Guid.NewGuid().ToString("N")[..6], 2);
        using var guest = shop.CreateBrowser();
        var response = await guest.SubmitAsync($"/checkout?variant={variant.Id}&quantity=1", new Dictionary<string, string> { ["variant"] = variant.Id.ToString(), ["quantity"] = quantity, ["contact"] = "a@example.com", ["password"] = "abcd1234" }, "/checkout");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("购买数量", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await shop.StockAsync(variant));
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_changes_nothing()
    {
        var variant = await shop.CodeGoodsAsync("csrf", 1);
        using var guest = shop.CreateBrowser();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["variant"] = variant.Id.ToString(), ["quantity"] = "1", ["contact"] = "a@example.com", ["password"] = "abcd1234" });
        var response = await guest.PostAsync("/checkout", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await shop.StockAsync(variant));
    }

    [Fact]
    public async Task The_codes_arrive_by_email_when_the_guest_gave_an_address()
    {
        var variant = await shop.CodeGoodsAsync("mail", 1);
        using var guest = shop.CreateBrowser();
        var orderNo = await PlaceAsGuestAsync(guest, variant.Id, contact: "mailme@example.com");
        await guest.SubmitAsync("/order/" + orderNo, new Dictionary<string, string> { ["channel"] = "instant" }, $"/order/{orderNo}/pay");

        var folder = shop.MailFolder();
        string? mail = null;
        for (var i = 0; i < 100 && mail is null; i++)
        {
            mail = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText).FirstOrDefault(m => m.Contains(orderNo, StringComparison.Ordinal) && m.Contains("mailme@example.com", StringComparison.Ordinal))
                : null;
            await Task.Delay(100);
        }

        Assert.NotNull(mail);
        Assert.Contains("MAIL-0001", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cart_holds_several_goods_and_checks_out_as_one_order()
    {
        var first = await shop.CodeGoodsAsync("cart1", 2);
        var second = await shop.CodeGoodsAsync("cart2", 2);
        using var guest = shop.CreateBrowser();
        foreach (var variant in new[] { first, second })
        {
            using var add = new FormUrlEncodedContent(new Dictionary<string, string> { ["variant"] = variant.Id.ToString(), ["quantity"] = "1" });
            Assert.Equal(HttpStatusCode.Redirect, (await guest.PostAsync("/cart/add", add)).StatusCode);
        }

        var cart = await guest.GetStringAsync("/cart");
        Assert.Contains("点卡 cart1", cart, StringComparison.Ordinal);
        Assert.Contains("点卡 cart2", cart, StringComparison.Ordinal);
        Assert.Contains("19.60", cart, StringComparison.Ordinal);
        var placed = await guest.SubmitAsync("/cart", new Dictionary<string, string> { ["contact"] = "cart@example.com", ["password"] = "abcd1234" }, "/cart/checkout");
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        Assert.Equal(1, await shop.StockAsync(first));
        Assert.Equal(1, await shop.StockAsync(second));
        Assert.Contains("购物车是空的", await guest.GetStringAsync("/cart"), StringComparison.Ordinal);
    }
}

using System.Net;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Tests.Orders;

namespace HuijinCardHub.Tests.Theming;

/// <summary>
/// A storefront form posted to a module's minimal-API endpoint is checked by the kernel's one antiforgery filter
/// (<c>RequireStorefrontAntiforgery</c>): a forged post never reaches the endpoint and gets a bilingual 400 page.
/// </summary>
public sealed class StorefrontAntiforgeryTests(OrdersShop shop) : IClassFixture<OrdersShop>
{
    [Theory]
    [InlineData(null)]
    [InlineData("CfDJ8-forged-token")]
    public async Task A_forged_order_lookup_is_refused_with_a_bilingual_page(string? token)
    {
        var stranger = shop.CreateBrowser();
        var fields = new Dictionary<string, string> { ["q"] = "victim@example.com", ["password"] = "abcd1234" };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var forged = new FormUrlEncodedContent(fields);
        var refused = await stranger.PostAsync("/orders/lookup", forged);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("表单已失效，请刷新页面后重试", page, StringComparison.Ordinal);
        Assert.Contains("The form has expired; reload the page and try again", page, StringComparison.Ordinal);
        Assert.DoesNotContain("victim@example.com", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_lookup_with_the_pages_token_reaches_the_endpoint()
    {
        var buyer = shop.CreateBrowser();

        var answered = await buyer.SubmitAsync("/orders/lookup", new Dictionary<string, string> { ["q"] = "buyer@example.com", ["password"] = "abcd1234" });

        var page = await answered.Content.ReadAsStringAsync();
        Assert.DoesNotContain("表单已失效", page, StringComparison.Ordinal);
        Assert.Contains("value=\"buyer@example.com\"", page, StringComparison.Ordinal);
    }
}

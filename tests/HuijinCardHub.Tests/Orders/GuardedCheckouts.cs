using System.Net;
using System.Text.RegularExpressions;
using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Orders;

/// <summary>What a buyer does on the storefront, in the tests of the shop's limits.</summary>
internal static partial class GuardedCheckouts
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"request\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex RequestId();

    /// <summary>Buys from the goods page's quick checkout as a guest; the answer is a redirect to the order, or the checkout page.</summary>
    public static Task<HttpResponseMessage> BuyAsGuestAsync(this HttpClient browser, long variantId, string contact, string password = "abcd1234", int quantity = 1) =>
        browser.SubmitAsync($"/checkout?variant={variantId}&quantity={quantity}", new Dictionary<string, string>
        {
            ["variant"] = variantId.ToString(), ["quantity"] = quantity.ToString(), ["contact"] = contact, ["password"] = password,
        }, "/checkout");

    public static string OrderNoOf(HttpResponseMessage placed)
    {
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var location = placed.Headers.Location!.ToString();
        Assert.StartsWith("/order/", location, StringComparison.Ordinal);
        return location["/order/".Length..];
    }

    /// <summary>The checkout form as the page gave it: the antiforgery token and the request id, ready to post (more than once).</summary>
    public static async Task<Dictionary<string, string>> CheckoutFormAsync(this HttpClient browser, long variantId, string contact)
    {
        var page = await browser.GetStringAsync($"/checkout?variant={variantId}&quantity=1");
        var request = RequestId().Match(page);
        Assert.True(request.Success, "the checkout form carries a request id");
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value),
            ["request"] = request.Groups[1].Value,
            ["variant"] = variantId.ToString(), ["quantity"] = "1", ["contact"] = contact, ["password"] = "abcd1234",
        };
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string url, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(url, content);
    }

    /// <summary>The order lookup form's token, which a guesser reuses for every guess.</summary>
    public static async Task<string> LookupTokenAsync(this HttpClient browser) =>
        WebUtility.HtmlDecode(Token().Match(await browser.GetStringAsync("/orders/lookup")).Groups[1].Value);

    public static Task<HttpResponseMessage> LookUpAsync(this HttpClient browser, string token, string orderNoOrContact, string password) =>
        browser.PostFormAsync("/orders/lookup", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["q"] = orderNoOrContact, ["password"] = password });
}

using System.Net;

namespace HuijinCardHub.Tests.Fixtures;

/// <summary>A buyer registers on the storefront and stays signed in.</summary>
public static class Members
{
    public static async Task<HttpClient> RegisterMemberAsync(this ShopFactory shop, string prefix = "member")
    {
        ArgumentNullException.ThrowIfNull(shop);
        var name = prefix + Guid.NewGuid().ToString("N")[..8];
        var browser = shop.CreateBrowser();
        var registered = await browser.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["UserName"] = name,
            ["Email"] = name + "@example.com",
            ["Password"] = "Member2026pass",
            ["ConfirmPassword"] = "Member2026pass",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        return browser;
    }
}

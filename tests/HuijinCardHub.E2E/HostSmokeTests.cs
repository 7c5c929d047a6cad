using HuijinCardHub.E2E.Harness;

namespace HuijinCardHub.E2E;

/// <summary>Proves the host harness: the Release host starts fresh on loopback and the browser reaches its setup page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostSmokeTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task A_fresh_host_offers_the_setup_form()
    {
        await using var shop = await ShopSession.StartAsync(browser, output);

        var response = await shop.Page.GotoAsync(ShopPages.Url(shop.Host, "/setup"));

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        foreach (var field in new[] { "SiteName", "Recipe", "AdminUserName", "AdminEmail", "AdminPassword", "ConfirmPassword" })
        {
            Assert.Equal(1, await ShopPages.Field(shop.Page, field).CountAsync());
        }

        Assert.Contains("安装店铺", await shop.Page.InnerTextAsync("h1"), StringComparison.Ordinal);
    }
}

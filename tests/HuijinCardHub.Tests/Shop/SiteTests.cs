using HuijinCardHub.Sites;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Shop;

/// <summary>Sub-stations (分站) inside one shop, picked by host name.</summary>
public sealed class SiteTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    [Fact]
    public async Task A_sub_station_on_its_own_domain_shows_its_own_name_and_the_default_site_keeps_its_own()
    {
        await using (var scope = await shop.ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<ISiteStore>()
                .SaveAsync(new Site(0, "二号分站", ["shop2.example.com"], "Jade", null, false, new Dictionary<string, string>()));
        }

        var browser = shop.CreateBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "shop2.example.com";
        var html = await (await browser.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("二号分站", html, StringComparison.Ordinal);
        Assert.Contains(shop.SiteName, await browser.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_sites_cannot_share_a_domain()
    {
        await using var scope = await shop.ShellScopeAsync();
        var store = scope.ServiceProvider.GetRequiredService<ISiteStore>();
        await store.SaveAsync(new Site(0, "三号分站", ["shop3.example.com"], "Jade", null, false, new Dictionary<string, string>()));
        var error = await Assert.ThrowsAsync<ShopException>(() =>
            store.SaveAsync(new Site(0, "冒名分站", ["SHOP3.example.com"], "Jade", null, false, new Dictionary<string, string>())));
        Assert.Contains("shop3.example.com", error.Text.English, StringComparison.Ordinal);
        Assert.Single(await store.ListAsync(), s => s.IsDefault);
    }
}

using System.Net;
using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Shop;

/// <summary>Two shops in one process: different features, different databases, each on its own path.</summary>
public sealed class TenantTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    [Fact]
    public async Task Two_tenants_run_side_by_side_with_their_own_features_and_data()
    {
        var second = await shop.OpenTenantAsync(new ShellSettings { Name = "Second", RequestUrlPrefix = "second" }, "第二家店");
        try
        {
            var browser = shop.CreateBrowser();
            var secondHome = await browser.GetStringAsync("/second/");
            Assert.Contains("第二家店", secondHome, StringComparison.Ordinal);
            Assert.Contains("href=\"/second/pages/about\"", secondHome, StringComparison.Ordinal);
            Assert.Contains("href=\"/_content/HuijinCardHub.Themes.Jade/", secondHome, StringComparison.Ordinal);
            await using (var scope = await shop.ShellScopeAsync("Second"))
            {
                await scope.ServiceProvider.GetRequiredService<IShellFeatures>().DisableAsync(["HuijinCardHub.Content"]);
            }

            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/pages/about")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/second/pages/about")).StatusCode);
            Assert.Contains(shop.SiteName, await browser.GetStringAsync("/"), StringComparison.Ordinal);

            await using var first = await shop.ShellScopeAsync();
            await using var other = await shop.ShellScopeAsync("Second");
            Assert.Contains("HuijinCardHub.Content", first.ServiceProvider.GetRequiredService<IShellFeatures>().Enabled);
            Assert.DoesNotContain("HuijinCardHub.Content", other.ServiceProvider.GetRequiredService<IShellFeatures>().Enabled);
            var firstDb = first.ServiceProvider.GetRequiredService<HuijinCardHub.Data.IShellDatabase>().ConnectionString;
            var otherDb = other.ServiceProvider.GetRequiredService<HuijinCardHub.Data.IShellDatabase>().ConnectionString;
            Assert.NotEqual(firstDb, otherDb);
        }
        finally
        {
            second.Drop();
        }
    }
}

using System.Net;
using System.Security.Cryptography;
using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Shells;
using HuijinCardHub.Sites;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Security;

/// <summary>A second shop in the same process: set up through its own address, and none of its tokens work in the first.</summary>
public sealed class TenantIsolationTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    [Fact]
    public async Task A_new_tenant_is_set_up_through_its_own_prefix_with_the_installer_address()
    {
        var database = TestDatabase.Create();
        try
        {
            shop.Shells.SaveTenant(new ShellSettings { Name = "Third", RequestUrlPrefix = "third" });
            var installer = shop.CreateBrowser("third.example");
            Assert.Contains("店铺名称", await installer.GetStringAsync("/third/setup"), StringComparison.Ordinal);
            var done = await installer.SubmitAsync("/third/setup", new Dictionary<string, string>
            {
                ["SiteName"] = "第三家店",
                ["AdminUserName"] = "third",
                ["AdminEmail"] = "third@example.com",
                ["AdminPassword"] = "Third2026pass",
                ["ConfirmPassword"] = "Third2026pass",
                ["DatabaseProvider"] = database.Provider.ToString(),
                ["ConnectionString"] = database.ConnectionString ?? "",
                ["Recipe"] = "default",
            });

            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
            Assert.Equal(TenantState.Running, shop.Shells.Find("Third")!.State);
            Assert.Contains("第三家店", await installer.GetStringAsync("/third/"), StringComparison.Ordinal);
            Assert.Contains(shop.SiteName, await shop.CreateBrowser().GetStringAsync("/"), StringComparison.Ordinal);
            await using var scope = await shop.ShellScopeAsync("Third");
            var site = (await scope.ServiceProvider.GetRequiredService<ISiteStore>().ListAsync()).Single(s => s.IsDefault);
            Assert.Equal("http://third.example/third", site.PublicAddress);
        }
        finally
        {
            database.Drop();
        }
    }

    [Fact]
    public async Task A_tenant_on_its_own_host_name_is_reached_by_it_in_any_spelling_and_only_by_it()
    {
        var database = await shop.OpenTenantAsync(new ShellSettings { Name = "Hosted", RequestUrlHost = "Hosted.Example.com" }, "独立域名店");
        try
        {
            Task<string> HomeOnAsync(string host) => shop.CreateBrowser(host).GetStringAsync("/");

            Assert.Contains("独立域名店", await HomeOnAsync("hosted.example.com"), StringComparison.Ordinal);
            Assert.Contains("独立域名店", await HomeOnAsync("HOSTED.example.com.:8080"), StringComparison.Ordinal);
            Assert.DoesNotContain("独立域名店", await HomeOnAsync("other.example"), StringComparison.Ordinal);
        }
        finally
        {
            database.Drop();
        }
    }

    [Fact]
    public async Task A_value_protected_by_one_tenant_is_refused_by_another()
    {
        shop.Shells.SaveTenant(new ShellSettings { Name = "Fourth", RequestUrlPrefix = "fourth" });
        await using var first = await shop.ShellScopeAsync();
        await using var fourth = await shop.ShellScopeAsync("Fourth");
        // The purpose every Identity sign-in cookie is protected with.
        string[] cookiePurpose = ["Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Identity.Application", "v2"];
        var cookie = first.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(cookiePurpose).Protect("signed-in owner");

        var elsewhere = fourth.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(cookiePurpose);
        Assert.ThrowsAny<CryptographicException>(() => elsewhere.Unprotect(cookie));
        Assert.Equal("signed-in owner", first.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(cookiePurpose).Unprotect(cookie));
    }
}

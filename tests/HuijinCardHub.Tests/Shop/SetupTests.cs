using System.Net;
using HuijinCardHub.Data;
using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Setup;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Shop;

/// <summary>A merchant opening a shop on a fresh install.</summary>
public sealed class SetupTests(FreshShopFactory shop) : IClassFixture<FreshShopFactory>
{
    private SetupRequest Request(string password = "Jade2026pass", string recipe = "default") => new()
    {
        SiteName = "翡翠点卡",
        AdminUserName = "boss",
        AdminEmail = "boss@example.com",
        AdminPassword = password,
        Recipe = recipe,
        DatabaseProvider = shop.Database.Provider,
        ConnectionString = shop.Database.ConnectionString,
    };

    private async Task<IReadOnlyList<Bilingual>> ValidateAsync(SetupRequest request)
    {
        await using var scope = await shop.ShellScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<ISetupService>().ValidateAsync(request);
    }

    [Fact]
    public async Task A_fresh_install_sends_every_page_to_setup()
    {
        var browser = shop.CreateBrowser();
        var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith("/setup", home.Headers.Location!.ToString(), StringComparison.Ordinal);

        var setup = await browser.GetStringAsync("/setup");
        Assert.Contains("店铺名称", setup, StringComparison.Ordinal);
        Assert.Contains("default", setup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_both_languages()
    {
        var errors = await ValidateAsync(Request(password: "123"));
        Assert.Contains(errors, e => e.Chinese.Contains("密码", StringComparison.Ordinal) && e.English.Contains("password", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_unknown_recipe_is_refused()
    {
        var errors = await ValidateAsync(Request(recipe: "no-such-shop"));
        Assert.Contains(errors, e => e.English.Contains("no-such-shop", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_connection_string_is_refused_and_nothing_changes()
    {
        var request = Request() with { DatabaseProvider = DatabaseProvider.Postgres, ConnectionString = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2" };
        await using (var scope = await shop.ShellScopeAsync())
        {
            var error = await Assert.ThrowsAsync<ShopException>(() => scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(request));
            Assert.Contains("无法连接数据库", error.Text.Chinese, StringComparison.Ordinal);
        }

        Assert.Equal(TenantState.Uninitialized, shop.Shells.Find(ShellSettings.DefaultName)!.State);
        Assert.Equal(HttpStatusCode.Redirect, (await shop.CreateBrowser().GetAsync("/")).StatusCode);
    }
}

using System.Net;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Balance;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Tests.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Theming;

/// <summary>
/// The merchant's template admin lists the pages the enabled modules ship (Balance's member page, say) beside the
/// theme's own, and a merchant overrides one like any other; a switched-off module's page leaves the list.
/// </summary>
public sealed class TemplateAdminModulePagesTests(OrdersShop shop) : IClassFixture<OrdersShop>
{
    [Fact]
    public async Task A_merchant_overrides_the_balance_page_that_the_Balance_module_ships()
    {
        await (await shop.ScopeAsync()).DisposeAsync(); // Balance on
        using var admin = shop.CreateBrowser();
        await admin.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword);

        var list = await admin.GetStringAsync("/admin/themes/Jade/templates");
        Assert.Contains("<code>account-balance</code>", list, StringComparison.Ordinal);
        Assert.Contains("<code>HuijinCardHub.Balance</code>", list, StringComparison.Ordinal);
        Assert.Contains("<code>layout</code>", list, StringComparison.Ordinal);
        var edit = await admin.GetStringAsync("/admin/themes/Jade/templates/account-balance");
        Assert.Contains("balance-amount", edit, StringComparison.Ordinal);

        var saved = await admin.SubmitAsync("/admin/themes/Jade/templates/account-balance",
            new Dictionary<string, string> { ["source"] = "<h1 id=\"my-wallet\">我的钱包 ¥{{ Model.Balance }}</h1>" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        try
        {
            var member = await RegisterAsync();
            Assert.Contains("<h1 id=\"my-wallet\">我的钱包 ¥0.00</h1>", await member.GetStringAsync("/account/balance"), StringComparison.Ordinal);
        }
        finally
        {
            await admin.SubmitAsync("/admin/themes/Jade/templates/account-balance", new Dictionary<string, string>(), "/admin/themes/Jade/templates/account-balance/reset");
        }

        await using (var scope = await shop.ShellScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IShellFeatures>().DisableAsync(["HuijinCardHub.Balance"]);
        }

        try
        {
            Assert.DoesNotContain("<code>account-balance</code>", await admin.GetStringAsync("/admin/themes/Jade/templates"), StringComparison.Ordinal);
            Assert.Contains("<code>account-orders</code>", await admin.GetStringAsync("/admin/themes/Jade/templates"), StringComparison.Ordinal);
        }
        finally
        {
            await (await shop.ScopeAsync()).DisposeAsync();
        }
    }

    private async Task<HttpClient> RegisterAsync()
    {
        return await shop.RegisterMemberAsync("wallet");
    }
}

using System.Net;
using System.Text.RegularExpressions;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Balance;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Tests.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Theming;

/// <summary>
/// The buyer's menu and the member centre's tabs come from the enabled modules: a merchant switches Balance off and
/// no page links to it any more; switched back on, its links return.
/// </summary>
public sealed partial class StorefrontMenuTests(OrdersShop shop) : IClassFixture<OrdersShop>
{
    [GeneratedRegex("<nav class=\"buyer-links\"[^>]*>(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex BuyerMenu();

    [GeneratedRegex("<nav class=\"chip-list\"[^>]*>(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex MemberTabs();

    [Fact]
    public async Task A_guest_is_offered_sign_in_and_a_member_the_member_centre()
    {
        var guestMenu = BuyerMenu().Match(await shop.CreateBrowser().GetStringAsync("/")).Groups[1].Value;
        Assert.Contains("href=\"/account/login\"", guestMenu, StringComparison.Ordinal);
        Assert.Contains("href=\"/cart\"", guestMenu, StringComparison.Ordinal);
        Assert.DoesNotContain("/account/orders", guestMenu, StringComparison.Ordinal);

        var member = await RegisterAsync();
        var page = await member.GetStringAsync("/account/orders");
        var menu = BuyerMenu().Match(page).Groups[1].Value;
        Assert.DoesNotContain("/account/login", menu, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/orders\"", menu, StringComparison.Ordinal);
        var tabs = MemberTabs().Match(page).Groups[1].Value;
        Assert.Contains("href=\"/account/orders\" aria-current=\"page\">我的订单</a>", tabs, StringComparison.Ordinal);
        Assert.True(tabs.IndexOf("/account/balance", StringComparison.Ordinal) < tabs.IndexOf("/account/tickets", StringComparison.Ordinal), "tabs are in position order");
    }

    [Fact]
    public async Task On_the_same_page_a_guest_a_member_and_an_English_guest_each_see_their_own_menu()
    {
        // The menus are kept per shell once built; a member must never get the guest's copy, nor a guest the member's.
        var guest = shop.CreateBrowser();
        var member = await RegisterAsync();
        var english = shop.CreateBrowser();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        for (var round = 0; round < 2; round++)
        {
            var guestMenu = BuyerMenu().Match(await guest.GetStringAsync("/")).Groups[1].Value;
            Assert.Contains(">登录</a>", guestMenu, StringComparison.Ordinal);
            Assert.DoesNotContain("/account/orders", guestMenu, StringComparison.Ordinal);

            var memberMenu = BuyerMenu().Match(await member.GetStringAsync("/")).Groups[1].Value;
            Assert.Contains("href=\"/account/orders\"", memberMenu, StringComparison.Ordinal);
            Assert.DoesNotContain("/account/login", memberMenu, StringComparison.Ordinal);

            var englishMenu = BuyerMenu().Match(await english.GetStringAsync("/")).Groups[1].Value;
            Assert.Contains(">Sign in</a>", englishMenu, StringComparison.Ordinal);
            Assert.DoesNotContain("登录", englishMenu, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Switching_Balance_off_takes_its_link_out_of_the_buyer_menu_and_the_member_tabs()
    {
        var member = await RegisterAsync();
        var before = await member.GetStringAsync("/account/orders");
        Assert.Contains("href=\"/account/balance\"", BuyerMenu().Match(before).Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/balance\"", MemberTabs().Match(before).Groups[1].Value, StringComparison.Ordinal);

        await WithFeaturesAsync(f => f.DisableAsync(["HuijinCardHub.Balance"]));
        try
        {
            var after = await member.GetStringAsync("/account/orders");
            Assert.DoesNotContain("/account/balance", after, StringComparison.Ordinal);
            Assert.Contains("href=\"/account/orders\"", BuyerMenu().Match(after).Groups[1].Value, StringComparison.Ordinal);
            Assert.Contains("href=\"/account/tickets\"", MemberTabs().Match(after).Groups[1].Value, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/account/balance")).StatusCode);
        }
        finally
        {
            await WithFeaturesAsync(f => f.EnableAsync(["HuijinCardHub.Balance"]));
        }

        Assert.Contains("href=\"/account/balance\"", MemberTabs().Match(await member.GetStringAsync("/account/tickets")).Groups[1].Value, StringComparison.Ordinal);
    }

    private async Task WithFeaturesAsync(Func<IShellFeatures, Task> action)
    {
        await using var scope = await shop.ShellScopeAsync();
        await action(scope.ServiceProvider.GetRequiredService<IShellFeatures>());
    }

    private async Task<HttpClient> RegisterAsync()
    {
        await (await shop.ScopeAsync()).DisposeAsync(); // Balance on
        return await shop.RegisterMemberAsync("menu");
    }
}

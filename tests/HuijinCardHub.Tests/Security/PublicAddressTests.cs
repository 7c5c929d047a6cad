using System.Net;
using System.Text.RegularExpressions;
using HuijinCardHub.Sites;
using HuijinCardHub.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Security;

/// <summary>A shop set up unattended with Setup__PublicAddress, and no host names: it answers on any host.</summary>
public sealed class PublicAddressShop : ShopFactory
{
    public const string PublicAddress = "https://shop.example.com";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Setup:PublicAddress", PublicAddress);
    }
}

/// <summary>Links in mails point at the shop's configured public address, whatever Host the request named.</summary>
public sealed partial class PublicAddressTests(PublicAddressShop shop) : IClassFixture<PublicAddressShop>
{
    [GeneratedRegex("href=\"([^\"]*reset-password[^\"]*)\"")]
    private static partial Regex ResetLink();

    [Fact]
    public async Task A_forged_host_header_does_not_receive_the_password_reset_link()
    {
        var attacker = shop.CreateBrowser("evil.example");
        // No host names anywhere: the shop answers on any address...
        Assert.Equal(HttpStatusCode.OK, (await attacker.GetAsync("/account/forgot-password")).StatusCode);
        await attacker.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "admin@example.com" });

        // ...but the link it mails is built from the configured public address only.
        var mail = await Mailbox.WaitForAsync(shop, "admin@example.com", "reset-password");
        var link = WebUtility.HtmlDecode(ResetLink().Match(mail).Groups[1].Value);
        Assert.StartsWith(PublicAddressShop.PublicAddress + "/account/reset-password?userId=", link, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unattended_setup_stores_the_configured_public_address()
    {
        await using var scope = await shop.ShellScopeAsync();
        var site = (await scope.ServiceProvider.GetRequiredService<ISiteStore>().ListAsync()).Single(s => s.IsDefault);
        Assert.Equal(PublicAddressShop.PublicAddress, site.PublicAddress);
        var links = scope.ServiceProvider.GetRequiredService<IPublicLinks>();
        Assert.Equal("https://shop.example.com/order/HJ1", await links.BuildAsync("/order/HJ1"));
    }
}

/// <summary>Once the shop lists host names, a request for any other host gets 404 instead of the default site.</summary>
public sealed class HostNameTests(PublicAddressShop shop) : IClassFixture<PublicAddressShop>
{
    [Fact]
    public async Task A_shop_with_host_names_answers_only_on_them_and_its_public_address()
    {
        await using (var scope = await shop.ShellScopeAsync())
        {
            var store = scope.ServiceProvider.GetRequiredService<ISiteStore>();
            var main = (await store.ListAsync()).Single(s => s.IsDefault);
            await store.SaveAsync(main with { HostNames = ["Shop.Example.com", "www.shop.example.com"] });
        }

        Assert.Equal(HttpStatusCode.NotFound, (await shop.CreateBrowser("evil.example").GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.CreateBrowser("evil.example").GetAsync("/account/forgot-password")).StatusCode);
        // Case, port and a trailing dot do not make another name.
        Assert.Equal(HttpStatusCode.OK, (await shop.CreateBrowser("SHOP.example.com.:8080").GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await shop.CreateBrowser("www.shop.example.com").GetAsync("/")).StatusCode);
    }
}

/// <summary>The owner changes the public address on the sub-station page; a bad one is refused and nothing changes.</summary>
public sealed class PublicAddressAdminTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    [Fact]
    public async Task The_owner_changes_where_links_point_in_the_admin()
    {
        long id;
        await using (var scope = await shop.ShellScopeAsync())
        {
            id = (await scope.ServiceProvider.GetRequiredService<ISiteStore>().ListAsync()).Single(s => s.IsDefault).Id;
        }

        // Where alerts, links and outbound calls go is the owner's, with a fresh second factor (sudo mode).
        var owner = await shop.OwnerInSudoAsync();
        var page = $"/admin/sites/{id}";
        Assert.Contains("name=\"publicAddress\"", await owner.GetStringAsync(page), StringComparison.Ordinal);

        foreach (var address in new[] { "javascript:alert(1)", "https://Shop.Example.COM/", "https://user:pw@evil.example/", "https://evil.example/?next=x" })
        {
            var answer = await owner.SubmitAsync(page, new Dictionary<string, string> { ["publicAddress"] = address }, page + "/public-address");
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        }

        Assert.Contains("公开地址须是", await owner.GetStringAsync(page), StringComparison.Ordinal);

        await using var after = await shop.ShellScopeAsync();
        Assert.Equal("https://shop.example.com/order/HJ2", await after.ServiceProvider.GetRequiredService<IPublicLinks>().BuildAsync("/order/HJ2"));
    }
}

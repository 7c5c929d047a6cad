using System.Net;
using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Shop;

/// <summary>What a buyer and a merchant see once the shop was set up unattended from the default recipe.</summary>
public sealed class ShopAfterSetupTests(ShopFactory shop) : IClassFixture<ShopFactory>
{
    [Fact]
    public async Task The_storefront_home_shows_the_shop_name_in_Jade_without_encoding_Chinese()
    {
        var home = await shop.CreateBrowser().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains(shop.SiteName, html, StringComparison.Ordinal);
        Assert.Contains("HuijinCardHub.Themes.Jade", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_content_page_from_the_recipe_is_served()
    {
        var page = await shop.CreateBrowser().GetStringAsync("/pages/about");
        Assert.Contains("关于我们", page, StringComparison.Ordinal);
        Assert.Contains(shop.SiteName, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_asks_an_anonymous_visitor_to_sign_in()
    {
        var admin = await shop.CreateBrowser().GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Contains("/account/login", admin.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoints_answer_and_responses_carry_security_headers()
    {
        var browser = shop.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health/live")).StatusCode);
        var ready = await browser.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var home = await browser.GetAsync("/");
        Assert.Equal("nosniff", home.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_answer_only_a_scraper_with_the_configured_token()
    {
        var browser = shop.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/metrics")).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { { "Authorization", "Bearer guessed" } } };
        Assert.Equal(HttpStatusCode.NotFound, (await browser.SendAsync(wrong)).StatusCode);

        using var scrape = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { { "Authorization", "Bearer " + ShopFactory.MetricsToken } } };
        var answer = await browser.SendAsync(scrape);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var metrics = await answer.Content.ReadAsStringAsync();
        Assert.Contains("http_server_request_duration", metrics, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_heap_total_allocated_bytes", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_can_switch_the_storefront_to_English()
    {
        var browser = shop.CreateBrowser();
        var switched = await browser.GetAsync("/culture?c=en-US&returnUrl=/");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var offsite = await browser.GetAsync("/culture?c=en-US&returnUrl=https://evil.example/");
        Assert.DoesNotContain("evil.example", offsite.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }
}

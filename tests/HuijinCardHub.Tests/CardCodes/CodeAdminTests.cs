using System.Net;
using System.Text.RegularExpressions;
using HuijinCardHub.Catalog;
using HuijinCardHub.Recipes;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.CardCodes;

/// <summary>A manager in the admin: imports codes, sees stock move, reveals and exports with an audit trail.</summary>
public sealed partial class CodeAdminTests(CardCodeShop shop) : IClassFixture<CardCodeShop>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static long NewGoodsId() => Random.Shared.NextInt64(1_000_000, 1_000_000_000);

    private async Task<HttpClient> SignedInAsync()
    {
        await shop.EnableAsync();
        var browser = shop.CreateBrowser();
        await browser.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword);
        return browser;
    }

    [Fact]
    public async Task A_manager_imports_codes_sees_them_masked_reveals_one_and_exports_with_an_audit_trail()
    {
        // Revealing and exporting need the owner's permission and a fresh authenticator code (sudo mode).
        await shop.EnableAsync();
        var browser = await shop.OwnerInSudoAsync();
        var goods = NewGoodsId();
        var import = await browser.SubmitAsync($"/admin/card-codes/import?goodsId={goods}", new Dictionary<string, string>
        {
            ["GoodsId"] = goods.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cost"] = "1.50",
            ["Note"] = "第一批",
            ["Codes"] = "ADMINCODE-000001\nADMINCODE-000002\nADMINCODE-000001\n<b>x</b>",
        }, "/admin/card-codes/import");
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var report = await import.Content.ReadAsStringAsync();
        Assert.Contains("成功 2，重复 1，无效 1", report, StringComparison.Ordinal);

        var list = await browser.GetStringAsync($"/admin/card-codes?goodsId={goods}");
        Assert.Contains("ADMI****0001", list, StringComparison.Ordinal);
        Assert.DoesNotContain("ADMINCODE-000001", list, StringComparison.Ordinal);
        Assert.Contains("第一批", list, StringComparison.Ordinal);

        var id = await shop.WithStockAsync(async stock =>
        {
            var taken = await stock.ReserveAsync(goods, null, 1, "ADM-" + goods);
            await stock.ReleaseAsync("ADM-" + goods);
            return taken[0].CodeId;
        });
        var token = WebUtility.HtmlDecode(TokenPattern().Match(list).Groups[1].Value);
        var reveal = await browser.PostAsync($"/admin/card-codes/{id}/reveal", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["goodsId"] = goods.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.OK, reveal.StatusCode);
        Assert.Contains("ADMINCODE-000001", await reveal.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var export = await browser.PostAsync("/admin/card-codes/export", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["goodsId"] = goods.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(["ADMINCODE-000001", "ADMINCODE-000002"], (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var audit = await browser.GetStringAsync("/admin/audit");
        Assert.Contains("cardcodes.reveal", audit, StringComparison.Ordinal);
        Assert.Contains("cardcodes.export", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("ADMINCODE-00000", audit, StringComparison.Ordinal);

        var summary = await browser.GetStringAsync("/admin/card-codes");
        Assert.Contains(goods.ToString(System.Globalization.CultureInfo.InvariantCulture), summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revealing_or_exporting_codes_without_a_fresh_authenticator_code_shows_nothing()
    {
        var browser = await SignedInAsync();
        var goods = NewGoodsId();
        await browser.SubmitAsync($"/admin/card-codes/import?goodsId={goods}", new Dictionary<string, string>
        {
            ["GoodsId"] = goods.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Codes"] = "SUDOCODE-000001",
        }, "/admin/card-codes/import");
        var list = await browser.GetStringAsync($"/admin/card-codes?goodsId={goods}");
        var id = await shop.WithStockAsync(async stock =>
        {
            var taken = await stock.ReserveAsync(goods, null, 1, "SUDO-" + goods);
            await stock.ReleaseAsync("SUDO-" + goods);
            return taken[0].CodeId;
        });
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(list).Groups[1].Value),
            ["goodsId"] = goods.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var reveal = await browser.PostAsync($"/admin/card-codes/{id}/reveal", new FormUrlEncodedContent(fields));
        var export = await browser.PostAsync("/admin/card-codes/export", new FormUrlEncodedContent(fields));

        foreach (var answer in new[] { reveal, export })
        {
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.StartsWith(HuijinCardHub.Security.SudoConfirmation.Path, answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.DoesNotContain("SUDOCODE", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_visitor_cannot_reach_the_stock()
    {
        await shop.EnableAsync();
        var response = await shop.CreateBrowser().GetAsync("/admin/card-codes");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_cardcodes_recipe_step_imports_sample_codes_and_is_validated_first()
    {
        await shop.EnableAsync();
        var goods = NewGoodsId();
        var recipe = $$"""
            { "name": "sample-codes", "steps": [
              { "name": "cardcodes", "goodsId": {{goods}}, "codes": ["RCP-0001", "RCP-0002----PW"], "cost": "1.50" } ] }
            """;
        await RunAsync(recipe);
        await RunAsync(recipe);
        // Samples: this shop has no orders module, so it counts as live and does not count them as stock.
        Assert.Equal(0, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, null)));
        Assert.Contains("data-sample-codes=\"2\"", await (await SignedInAsync()).GetStringAsync("/admin/card-codes"), StringComparison.Ordinal);
        await RunAsync($$"""
            { "name": "real-codes", "steps": [ { "name": "cardcodes", "goodsId": {{goods}}, "codes": ["RCP-REAL"], "sample": false } ] }
            """);
        Assert.Equal(1, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, null)));

        var bad = await Assert.ThrowsAsync<ShopException>(() => RunAsync($$"""
            { "name": "bad-codes", "steps": [
              { "name": "cardcodes", "goodsId": {{goods}}, "codes": ["RCP-0003"] },
              { "name": "cardcodes", "goodsId": 0, "codes": ["<i>x</i>"], "cost": "-1", "sample": "yes" } ] }
            """));
        Assert.Contains("goodsId", bad.Text.English, StringComparison.Ordinal);
        Assert.Contains("\"sample\" must be true or false", bad.Text.English, StringComparison.Ordinal);
        Assert.Equal(1, await shop.WithStockAsync(stock => stock.CountAvailableAsync(goods, null)));
    }

    private async Task RunAsync(string json)
    {
        await using var scope = await shop.ShellScopeAsync();
        await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunJsonAsync(json);
    }
}

using System.Net;
using HuijinCardHub.Alerts;
using HuijinCardHub.Net;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Alerts;

/// <summary>
/// The webhook cannot be aimed at this machine, a private network or a cloud metadata service: refused when saved
/// (after name resolution) and again when connecting, unless the owner lists the host.
/// </summary>
[Collection(AlertCollection.Name)]
public sealed class WebhookAddressTests(AlertShop shop)
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://10.0.0.5/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://[::ffff:127.0.0.1]/hook")]
    [InlineData("http://100.64.0.1/hook")]
    [InlineData("http://localhost:8080/hook")]
    public async Task Saving_a_webhook_to_this_machine_or_a_private_network_is_refused(string url)
    {
        await shop.AllowHostsAsync("");
        var refused = await Assert.ThrowsAsync<ShopException>(() => shop.SetSettingsAsync(
            $$"""{ "webhookEnabled": true, "webhookUrl": "{{url}}", "webhookSecret": "s", "webhookMinimumLevel": 0 }"""));
        Assert.Contains("内网", refused.Text.Chinese, StringComparison.Ordinal);
        Assert.Contains("private network", refused.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_says_why_a_metadata_address_is_refused_and_keeps_the_old_one()
    {
        await shop.AllowHostsAsync("");
        await shop.SetSettingsAsync("""{ "webhookUrl": "https://hooks.example.com/alerts" }""");
        // Where alerts, links and outbound calls go is the owner's, with a fresh second factor (sudo mode).
        var browser = await shop.OwnerInSudoAsync();
        var answer = await browser.SubmitAsync("/admin/settings/Alerts", new Dictionary<string, string>
        {
            ["WebhookEnabled"] = "true",
            ["WebhookUrl"] = "http://169.254.169.254/latest/meta-data/",
            ["WebhookMinimumLevel"] = "Warning",
            ["EmailMinimumLevel"] = "Warning",
        });

        var page = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        Assert.Contains("指向本机、内网或保留地址", page, StringComparison.Ordinal);
        var stored = await shop.WithAsync(async s => await s.GetRequiredService<HuijinCardHub.Settings.ISettingsStore>().GetAllRawAsync());
        Assert.Contains("hooks.example.com", stored["Alerts"], StringComparison.Ordinal);
        Assert.DoesNotContain("169.254", stored["Alerts"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_allows_a_host_on_the_outbound_settings_page_and_then_may_use_it()
    {
        await shop.AllowHostsAsync("");
        // Where alerts, links and outbound calls go is the owner's, with a fresh second factor (sudo mode).
        var owner = await shop.OwnerInSudoAsync();
        Assert.Contains("出站网络", await owner.GetStringAsync("/admin/settings"), StringComparison.Ordinal);
        var saved = await owner.SubmitAsync("/admin/settings/OutboundHttp", new Dictionary<string, string> { ["AllowedHosts"] = "127.0.0.1" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await shop.SetSettingsAsync("""{ "webhookEnabled": true, "webhookUrl": "http://127.0.0.1:8080/hook", "webhookSecret": "s" }""");
        await shop.AllowHostsAsync("");
    }

    [Fact]
    public async Task A_name_that_resolves_to_this_machine_is_refused_when_connecting()
    {
        await shop.AllowHostsAsync("");
        using var receiver = new WebhookReceiver((_, _) => HttpStatusCode.OK);
        var port = new Uri(receiver.Url).Port;
        var error = await shop.WithAsync(async s =>
        {
            using var client = s.GetRequiredService<IOutboundHttp>().CreateClient();
            return await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"http://localhost:{port}/hooks/alerts/"));
        });

        Assert.Contains("Refused to connect", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task A_host_taken_off_the_allow_list_gets_no_more_alerts()
    {
        var reference = "HJ" + Guid.NewGuid().ToString("N")[..12];
        using var receiver = new WebhookReceiver((_, _) => HttpStatusCode.OK);
        await shop.AllowHostsAsync("127.0.0.1");
        await shop.SetSettingsAsync($$"""{ "webhookEnabled": true, "webhookUrl": "{{receiver.Url}}", "webhookSecret": "s", "webhookMinimumLevel": 0 }""");
        await shop.AllowHostsAsync("");

        await shop.RaiseAsync(new AlertNotice(AlertKinds.SupplierDown, AlertSeverity.Warning, new Bilingual("供货商不可用", "Supplier down"), null, reference));
        var alert = Assert.Single(await shop.AlertsAsync(reference));
        await AlertShop.EventuallyAsync(async () => (await shop.OutboxAsync(alert.Id)).Any(o => o.LastError?.Contains("Refused to connect", StringComparison.Ordinal) == true),
            TimeSpan.FromSeconds(15), "the refused delivery to be recorded");
        Assert.DoesNotContain(receiver.Received, r => r.Text.Contains(reference, StringComparison.Ordinal));
    }
}

using System.Net;
using HuijinCardHub.Tests.Fixtures;

namespace HuijinCardHub.Tests.Alerts;

/// <summary>The merchant sets up the channels on the admin's settings page, with every value checked.</summary>
[Collection(AlertCollection.Name)]
public sealed class AlertSettingsTests(AlertShop shop)
{
    [Fact]
    public async Task The_alerts_section_is_listed_edited_and_checked_in_the_admin()
    {
        // Where alerts go is the owner's to change, after a fresh authenticator code (sudo mode).
        var browser = await shop.OwnerInSudoAsync();
        Assert.Contains("告警通知", await browser.GetStringAsync("/admin/settings"), StringComparison.Ordinal);
        var page = await browser.GetStringAsync("/admin/settings/Alerts");
        Assert.Contains("警告及以上", page, StringComparison.Ordinal);
        Assert.Contains("Webhook 签名密钥", page, StringComparison.Ordinal);

        var bad = await browser.SubmitAsync("/admin/settings/Alerts", new Dictionary<string, string>
        {
            ["EmailEnabled"] = "true",
            ["EmailTo"] = "ops@example.com, not-an-address",
            ["EmailMinimumLevel"] = "Warning",
            ["WebhookUrl"] = "ftp://example.com/hook",
            ["WebhookMinimumLevel"] = "Critical",
        });
        var refused = await bad.Content.ReadAsStringAsync();
        Assert.Contains("须是用逗号分隔的有效邮箱地址", refused, StringComparison.Ordinal);
        Assert.Contains("须是以 http:// 或 https:// 开头的完整网址", refused, StringComparison.Ordinal);

        var good = await browser.SubmitAsync("/admin/settings/Alerts", new Dictionary<string, string>
        {
            ["EmailTo"] = "ops@example.com",
            ["EmailMinimumLevel"] = "Critical",
            ["WebhookUrl"] = "https://hooks.example.com/alerts",
            ["WebhookSecret"] = "shh",
            ["WebhookMinimumLevel"] = "Warning",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var saved = await browser.GetStringAsync("/admin/settings/Alerts");
        Assert.Contains("https://hooks.example.com/alerts", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("shh", saved, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HuijinCardHub.Alerts;
using HuijinCardHub.Text;

namespace HuijinCardHub.Tests.Alerts;

/// <summary>Alerts reach the merchant by e-mail and webhook through the outbox; a channel that is down is retried.</summary>
[Collection(AlertCollection.Name)]
public sealed class AlertChannelTests(AlertShop shop)
{
    private const string Secret = "webhook-secret-2026";

    private static string NewReference() => "HJ" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task An_alert_is_mailed_to_each_recipient_when_severe_enough()
    {
        await shop.SetSettingsAsync("""{ "emailEnabled": true, "emailTo": "ops@example.com; boss@example.com", "emailMinimumLevel": 1 }""");
        var severe = NewReference();
        var minor = NewReference();
        await shop.RaiseAsync(new AlertNotice(AlertKinds.DeliveryFailed, AlertSeverity.Critical, new Bilingual("发货失败：" + severe, "Delivery failed: " + severe), "供货商返回 500", severe));
        await shop.RaiseAsync(new AlertNotice(AlertKinds.DeliveryFailed, AlertSeverity.Info, new Bilingual("发货提示：" + minor, "Delivery note: " + minor), null, minor));

        var mailFolder = shop.MailFolder();
        List<MimeKit.MimeMessage> MailAbout(string reference) => Directory.Exists(mailFolder)
            ? [.. Directory.GetFiles(mailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)).Where(m => (m.Subject ?? "").Contains(reference, StringComparison.Ordinal))]
            : [];
        await AlertShop.EventuallyAsync(() => Task.FromResult(MailAbout(severe).Count == 2), TimeSpan.FromSeconds(20), "two alert mails");

        var mail = MailAbout(severe);
        Assert.Equal(["boss@example.com", "ops@example.com"], mail.SelectMany(m => m.To.Mailboxes).Select(m => m.Address).Order());
        Assert.Contains("[严重]", mail[0].Subject, StringComparison.Ordinal);
        Assert.Contains("供货商返回 500", mail[0].HtmlBody, StringComparison.Ordinal);
        var minorAlert = Assert.Single(await shop.AlertsAsync(minor));
        Assert.Empty(await shop.OutboxAsync(minorAlert.Id));
        Assert.Empty(MailAbout(minor));

        // A repeat is counted, not mailed again.
        await shop.RaiseAsync(new AlertNotice(AlertKinds.DeliveryFailed, AlertSeverity.Critical, new Bilingual("发货失败：" + severe, "Delivery failed: " + severe), null, severe));
        var alert = Assert.Single(await shop.AlertsAsync(severe));
        Assert.Equal(2, alert.Count);
        Assert.Equal(2, (await shop.OutboxAsync(alert.Id)).Count);
    }

    [Fact]
    public async Task A_webhook_is_signed_and_a_failing_receiver_is_retried_without_losing_the_alert()
    {
        var reference = NewReference();
        var attemptsForUs = 0;
        using var receiver = new WebhookReceiver((request, _) =>
            request.Text.Contains(reference, StringComparison.Ordinal) && Interlocked.Increment(ref attemptsForUs) == 1
                ? HttpStatusCode.InternalServerError
                : HttpStatusCode.OK);
        await shop.AllowHostsAsync("127.0.0.1");
        await shop.SetSettingsAsync($$"""{ "webhookEnabled": true, "webhookUrl": "{{receiver.Url}}", "webhookSecret": "{{Secret}}", "webhookMinimumLevel": 0 }""");

        await shop.RaiseAsync(new AlertNotice(AlertKinds.SupplierDown, AlertSeverity.Warning, new Bilingual("供货商不可用", "Supplier down"), "连接超时", reference));
        var alert = Assert.Single(await shop.AlertsAsync(reference));

        List<ReceivedWebhook> Ours() => [.. receiver.Received.Where(r => r.Text.Contains(reference, StringComparison.Ordinal))];
        await AlertShop.EventuallyAsync(() => Task.FromResult(Ours().Count >= 1), TimeSpan.FromSeconds(10), "the first webhook call");
        await AlertShop.EventuallyAsync(async () => (await shop.OutboxAsync(alert.Id)).Any(o => o.Attempts == 1 && o.LastError is not null),
            TimeSpan.FromSeconds(10), "the failed attempt to be recorded");
        Assert.Single(await shop.AlertsAsync(reference));

        // The outbox waits 5 s before the second attempt.
        await AlertShop.EventuallyAsync(() => Task.FromResult(Ours().Count >= 2), TimeSpan.FromSeconds(30), "the retried webhook call");
        await AlertShop.EventuallyAsync(async () => (await shop.OutboxAsync(alert.Id)).All(o => o.Status == 1), TimeSpan.FromSeconds(10), "the delivery to be done");

        var calls = Ours();
        foreach (var call in calls)
        {
            Assert.Equal("POST", call.Method);
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), call.Body));
            Assert.Equal(expected, call.Headers["X-Huijin-Signature"]);
            Assert.StartsWith("application/json", call.Headers["Content-Type"], StringComparison.Ordinal);
        }

        Assert.Equal(calls[0].Headers["X-Huijin-Delivery"], calls[1].Headers["X-Huijin-Delivery"]);
        using var json = JsonDocument.Parse(calls[1].Body);
        Assert.Equal("supplier-down", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("供货商不可用", json.RootElement.GetProperty("title").GetProperty("zh").GetString());
        Assert.Equal("Warning", json.RootElement.GetProperty("severity").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("attempt").GetInt32());
        Assert.Equal(alert.Id, json.RootElement.GetProperty("id").GetInt64());
    }
}

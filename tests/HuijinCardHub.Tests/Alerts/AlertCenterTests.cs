using System.Net;
using HuijinCardHub.Alerts;
using HuijinCardHub.Data;
using HuijinCardHub.Tests.Fixtures;
using HuijinCardHub.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Alerts;

/// <summary>Modules raise alerts; repeats merge; staff acknowledge and resolve them in the alert centre.</summary>
[Collection(AlertCollection.Name)]
public sealed class AlertCenterTests(AlertShop shop)
{
    private static string NewReference() => "HJ" + Guid.NewGuid().ToString("N")[..12];

    private static AlertNotice PaymentFailed(string reference, AlertSeverity severity = AlertSeverity.Warning) =>
        new(AlertKinds.PaymentFailed, severity, new Bilingual("支付失败：" + reference, "Payment failed: " + reference), "网关超时", reference);

    [Fact]
    public async Task Raising_the_same_alert_twice_merges_it_and_a_resolved_one_opens_anew()
    {
        var reference = NewReference();
        await shop.RaiseAsync(PaymentFailed(reference));
        await shop.RaiseAsync(PaymentFailed(reference, AlertSeverity.Critical));
        await shop.RaiseAsync(new AlertNotice(AlertKinds.DeliveryFailed, AlertSeverity.Warning, new Bilingual("发货失败", "Delivery failed"), Reference: reference));

        var alerts = await shop.AlertsAsync(reference);
        Assert.Equal(2, alerts.Count);
        var merged = Assert.Single(alerts, a => a.Kind == AlertKinds.PaymentFailed);
        Assert.Equal(2, merged.Count);
        Assert.Equal(AlertSeverity.Critical, merged.Severity);

        var browser = shop.CreateBrowser();
        await browser.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword);
        var resolved = await browser.SubmitAsync("/admin/alerts", new Dictionary<string, string>(), $"/admin/alerts/{merged.Id}/resolve");
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        await shop.RaiseAsync(PaymentFailed(reference));

        var after = (await shop.AlertsAsync(reference)).Where(a => a.Kind == AlertKinds.PaymentFailed).ToList();
        Assert.Equal([2, 0], after.Select(a => a.Status));
        Assert.Equal([2, 1], after.Select(a => a.Count));
    }

    [Fact]
    public async Task Concurrent_raises_of_one_alert_keep_one_row_and_count_every_raise()
    {
        var reference = NewReference();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => shop.RaiseAsync(PaymentFailed(reference))));

        var alert = Assert.Single(await shop.AlertsAsync(reference));
        Assert.Equal(8, alert.Count);
    }

    [Fact]
    public async Task Inside_a_unit_of_work_an_alert_joins_the_transaction_and_outside_it_stands_alone()
    {
        var rolledBack = NewReference();
        var committed = NewReference();
        await shop.WithAsync(async s =>
        {
            var unitOfWork = s.GetRequiredService<IUnitOfWork>();
            await using (var transaction = await unitOfWork.BeginAsync())
            {
                await s.GetRequiredService<IAlertCenter>().RaiseAsync(PaymentFailed(rolledBack));
            }

            await using (var transaction = await unitOfWork.BeginAsync())
            {
                await s.GetRequiredService<IAlertCenter>().RaiseAsync(PaymentFailed(committed));
                await transaction.CommitAsync();
            }

            return true;
        });

        Assert.Empty(await shop.AlertsAsync(rolledBack));
        Assert.Single(await shop.AlertsAsync(committed));
    }

    [Fact]
    public async Task Raising_never_throws_into_the_caller()
    {
        await shop.RaiseAsync(null!);
        var reference = NewReference();
        await shop.RaiseAsync(new AlertNotice(AlertKinds.PaymentAnomaly, AlertSeverity.Info, new Bilingual("金额不符", "Amount mismatch"), new string('x', 10_000), reference));

        Assert.Single(await shop.AlertsAsync(reference));
    }

    [Fact]
    public async Task Staff_see_open_alerts_first_and_acknowledge_then_resolve_them()
    {
        var reference = NewReference();
        await shop.RaiseAsync(PaymentFailed(reference, AlertSeverity.Critical));
        var id = Assert.Single(await shop.AlertsAsync(reference)).Id;
        var browser = shop.CreateBrowser();
        await browser.SignInAsync(ShopFactory.AdminUserName, ShopFactory.AdminPassword);

        var list = await browser.GetStringAsync("/admin/alerts?kind=payment-failed");
        Assert.Contains("支付失败：" + reference, list, StringComparison.Ordinal);
        Assert.Contains("严重", list, StringComparison.Ordinal);

        var acknowledged = await browser.SubmitAsync("/admin/alerts", new Dictionary<string, string> { ["returnQuery"] = "?status=Acknowledged" }, $"/admin/alerts/{id}/acknowledge");
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.Equal("/admin/alerts?status=Acknowledged", acknowledged.Headers.Location?.OriginalString);
        var alert = Assert.Single(await shop.AlertsAsync(reference));
        Assert.Equal((1, ShopFactory.AdminUserName), (alert.Status, alert.AcknowledgedBy));
        Assert.Contains("支付失败：" + reference, await browser.GetStringAsync("/admin/alerts?status=Acknowledged"), StringComparison.Ordinal);
        Assert.DoesNotContain("支付失败：" + reference, await browser.GetStringAsync("/admin/alerts?status=Open"), StringComparison.Ordinal);

        await browser.SubmitAsync("/admin/alerts", new Dictionary<string, string>(), $"/admin/alerts/{id}/resolve");
        alert = Assert.Single(await shop.AlertsAsync(reference));
        Assert.Equal((2, ShopFactory.AdminUserName), (alert.Status, alert.ResolvedBy));

        var again = await browser.SubmitAsync("/admin/alerts", new Dictionary<string, string> { ["returnQuery"] = "//evil.example" }, $"/admin/alerts/{id}/resolve");
        Assert.Equal("/admin/alerts", again.Headers.Location?.OriginalString);
        Assert.Contains("alerts.resolve", await browser.GetStringAsync("/admin/audit"), StringComparison.Ordinal);
        Assert.Contains("open-alerts-widget", await browser.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_cannot_open_the_alert_centre()
    {
        var response = await shop.CreateBrowser().GetAsync("/admin/alerts");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

using HuijinCardHub.Alerts;
using HuijinCardHub.Catalog;
using HuijinCardHub.Jobs;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Tests.Alerts;

/// <summary>The stock watch raises a shortage for card-code goods and resolves it once the merchant restocks.</summary>
[Collection(AlertCollection.Name)]
public sealed class LowStockTests(AlertShop shop)
{
    private Task RunWatchAsync() =>
        shop.WithAsync(async s =>
        {
            await s.GetServices<IRecurringJob>().Single(j => j.Name == "alerts.low-stock").RunAsync(s, CancellationToken.None);
            return true;
        });

    private Task ImportAsync(long goodsId, int count) =>
        shop.WithAsync(s => s.GetRequiredService<ICodeStock>().ImportAsync(goodsId, null,
            new StringReader(string.Join('\n', Enumerable.Range(0, count).Select(_ => "LOW-" + Guid.NewGuid().ToString("N")))),
            new CodeBatchInfo(new Money(900))));

    [Fact]
    public async Task Out_of_stock_then_low_stock_then_restocked_is_one_alert_resolved_by_the_system()
    {
        var goods = await shop.GoodsAsync("alert-watched");
        var topUp = await shop.GoodsAsync("alert-topup");
        var reference = "goods:" + goods.Summary.Id;

        await RunWatchAsync();
        var alert = Assert.Single(await shop.AlertsAsync(reference));
        Assert.Equal((AlertKinds.LowStock, AlertSeverity.Critical, 0), (alert.Kind, alert.Severity, alert.Status));
        Assert.StartsWith("缺货", alert.TitleZh, StringComparison.Ordinal);
        Assert.Empty(await shop.AlertsAsync("goods:" + topUp.Summary.Id));

        // Nothing changed: the shortage is not counted again every minute.
        await RunWatchAsync();
        Assert.Equal(1, Assert.Single(await shop.AlertsAsync(reference)).Count);

        await ImportAsync(goods.Summary.Id, 3);
        await RunWatchAsync();
        alert = Assert.Single(await shop.AlertsAsync(reference));
        Assert.Equal((AlertSeverity.Warning, 0), (alert.Severity, alert.Status));
        Assert.StartsWith("库存不足", alert.TitleZh, StringComparison.Ordinal);

        await ImportAsync(goods.Summary.Id, 10);
        await RunWatchAsync();
        alert = Assert.Single(await shop.AlertsAsync(reference));
        Assert.Equal((2, "system"), (alert.Status, alert.ResolvedBy));

        await RunWatchAsync();
        Assert.Single(await shop.AlertsAsync(reference));
    }
}

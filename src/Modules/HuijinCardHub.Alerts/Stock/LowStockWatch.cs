using System.Globalization;
using HuijinCardHub.Alerts.Data;
using HuijinCardHub.Alerts.Domain;
using HuijinCardHub.Alerts.Services;
using HuijinCardHub.Catalog;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Alerts.Stock;

/// <summary>
/// Compares each visible card-code goods' available codes with its threshold. Raises only when the state
/// changes (new, or low ↔ out), so an unchanged shortage does not count up every minute. Needs the catalogue
/// and the card-code stock; without either it does nothing.
/// </summary>
internal sealed class LowStockWatch(IServiceProvider services, AlertsDbContext db, AlertBoard board, IAlertCenter alerts)
{
    public const string ReferencePrefix = "goods:";
    public const string ResolvedBy = "system";

    // The job's lease keeps nodes apart; this keeps a check started by hand (admin, tests) from racing the job here.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            await CheckNowAsync(cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task CheckNowAsync(CancellationToken cancellationToken)
    {
        var catalog = services.GetService<ICatalogQueries>();
        var stock = services.GetServices<ICodeStock>().FirstOrDefault();
        if (catalog is null || stock is null)
        {
            return;
        }

        var raised = (await db.Alerts.AsNoTracking()
                .Where(a => a.Kind == AlertKinds.LowStock && a.Status != AlertStatus.Resolved)
                .Select(a => new { a.Reference, a.Severity })
                .ToListAsync(cancellationToken))
            .Where(a => a.Reference.StartsWith(ReferencePrefix, StringComparison.Ordinal))
            .ToDictionary(a => a.Reference, a => a.Severity, StringComparer.Ordinal);
        var watched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var goods in (await catalog.ListGoodsAsync(cancellationToken)).Where(g => g.Kind == GoodsKind.Code && g.Visible))
        {
            var reference = ReferencePrefix + goods.Id.ToString(CultureInfo.InvariantCulture);
            watched.Add(reference);
            var available = await StockCount.AvailableAsync(catalog, stock, goods.Id, cancellationToken);
            var severity = available <= 0 ? AlertSeverity.Critical
                : available <= goods.LowStockThreshold ? AlertSeverity.Warning
                : (AlertSeverity?)null;
            if (severity is null)
            {
                await board.ResolveAsync(AlertKinds.LowStock, reference, ResolvedBy, cancellationToken);
            }
            else if (!raised.TryGetValue(reference, out var current) || current != severity)
            {
                await alerts.RaiseAsync(Notice(goods, reference, severity.Value, available), cancellationToken);
            }
        }

        // Goods deleted, hidden or no longer sold by code are nobody's shortage any more.
        foreach (var gone in raised.Keys.Where(r => !watched.Contains(r)))
        {
            await board.ResolveAsync(AlertKinds.LowStock, gone, ResolvedBy, cancellationToken);
        }
    }

    private static AlertNotice Notice(GoodsSummary goods, string reference, AlertSeverity severity, int available) =>
        severity == AlertSeverity.Critical
            ? new AlertNotice(AlertKinds.LowStock, severity, new Bilingual($"缺货：{goods.Name}", $"Out of stock: {goods.Name}"),
                "可售卡密 0 / Available codes: 0", reference)
            : new AlertNotice(AlertKinds.LowStock, severity, new Bilingual($"库存不足：{goods.Name}", $"Low stock: {goods.Name}"),
                $"可售卡密 {available}，预警值 {goods.LowStockThreshold} / Available codes: {available}, threshold {goods.LowStockThreshold}", reference);
}

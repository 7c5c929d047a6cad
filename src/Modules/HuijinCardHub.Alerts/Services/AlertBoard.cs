using HuijinCardHub.Alerts.Data;
using HuijinCardHub.Alerts.Domain;
using HuijinCardHub.Alerts.Models;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Alerts.Services;

/// <summary>The alert centre's list and the staff's two actions on an alert.</summary>
internal sealed class AlertBoard(AlertsDbContext db, IClock clock)
{
    public const int PageSize = 50;

    public async Task<AlertListPage> ListAsync(string? kind, AlertStatus? status, int page, CancellationToken cancellationToken)
    {
        var query = db.Alerts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(kind))
        {
            query = query.Where(a => a.Kind == kind);
        }

        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var alerts = await query
            .OrderBy(a => a.Status)
            .ThenByDescending(a => a.Severity)
            .ThenByDescending(a => a.LastSeenUtc)
            .ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var kinds = await db.Alerts.AsNoTracking().Select(a => a.Kind).Distinct().ToListAsync(cancellationToken);
        return new AlertListPage(alerts, kinds.Order(StringComparer.Ordinal).ToList(), kind, status, page, pageCount, total);
    }

    public async Task<OpenAlertCounts> CountOpenAsync(CancellationToken cancellationToken)
    {
        var open = await db.Alerts.AsNoTracking().Where(a => a.Status != AlertStatus.Resolved)
            .GroupBy(a => new { a.Status, a.Severity })
            .Select(g => new { g.Key.Status, g.Key.Severity, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new OpenAlertCounts(
            open.Where(g => g.Status == AlertStatus.Open).Sum(g => g.Count),
            open.Where(g => g.Status == AlertStatus.Acknowledged).Sum(g => g.Count),
            open.Where(g => g.Severity == AlertSeverity.Critical).Sum(g => g.Count));
    }

    /// <returns>False when the alert is not open (already acknowledged, resolved, or unknown).</returns>
    public async Task<bool> AcknowledgeAsync(long id, string staff, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        return await db.Alerts.Where(a => a.Id == id && a.Status == AlertStatus.Open).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Status, AlertStatus.Acknowledged)
            .SetProperty(a => a.AcknowledgedBy, staff)
            .SetProperty(a => a.AcknowledgedUtc, now), cancellationToken) == 1;
    }

    public async Task<bool> ResolveAsync(long id, string staff, CancellationToken cancellationToken) =>
        await ResolveWhereAsync(db.Alerts.Where(a => a.Id == id), staff, cancellationToken) == 1;

    /// <summary>Resolves the unresolved alert of this kind and reference, if there is one (the stock came back).</summary>
    public async Task<bool> ResolveAsync(string kind, string reference, string by, CancellationToken cancellationToken)
    {
        var key = Alert.KeyOf(kind, reference);
        return await ResolveWhereAsync(db.Alerts.Where(a => a.OpenKey == key), by, cancellationToken) == 1;
    }

    private Task<int> ResolveWhereAsync(IQueryable<Alert> alerts, string by, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        // Clearing the open key lets the next notice about the same thing open a new alert.
        return alerts.Where(a => a.Status != AlertStatus.Resolved).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Status, AlertStatus.Resolved)
            .SetProperty(a => a.ResolvedBy, by)
            .SetProperty(a => a.ResolvedUtc, now)
            .SetProperty(a => a.OpenKey, (string?)null), cancellationToken);
    }
}

internal sealed record OpenAlertCounts(int Open, int Acknowledged, int Critical)
{
    public int Unresolved => Open + Acknowledged;
}

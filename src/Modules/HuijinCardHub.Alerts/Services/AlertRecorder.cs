using HuijinCardHub.Alerts.Data;
using HuijinCardHub.Alerts.Domain;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Alerts.Services;

/// <summary>
/// Stores a notice: a repeat of an unresolved alert (same kind and reference) adds to its count, anything else
/// opens a new alert. Works in whatever unit of work its scope has.
/// </summary>
internal sealed class AlertRecorder(AlertsDbContext db, IClock clock)
{
    /// <summary>Two writers racing for the same new alert: the loser merges into the winner's row.</summary>
    private const int Attempts = 3;

    public async Task<RecordedAlert> RecordAsync(AlertNotice notice, CancellationToken cancellationToken)
    {
        var kind = Clip(notice.Kind.Trim(), Alert.MaxKind);
        var reference = Clip(notice.Reference?.Trim() ?? "", Alert.MaxReference);
        var key = Alert.KeyOf(kind, reference);
        for (var attempt = 1; ; attempt++)
        {
            var merged = await MergeAsync(key, notice, cancellationToken);
            if (merged is not null)
            {
                return merged;
            }

            var alert = NewAlert(kind, reference, key, notice);
            db.Alerts.Add(alert);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                db.Entry(alert).State = EntityState.Detached;
                return new RecordedAlert(alert.Id, Notify: true);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.Entry(alert).State = EntityState.Detached;
            }
        }
    }

    private async Task<RecordedAlert?> MergeAsync(string key, AlertNotice notice, CancellationToken cancellationToken)
    {
        var open = await db.Alerts.AsNoTracking().Where(a => a.OpenKey == key)
            .Select(a => new { a.Id, a.Severity, a.Status }).FirstOrDefaultAsync(cancellationToken);
        if (open is null)
        {
            return null;
        }

        // A worse repeat of something already acknowledged needs a fresh look.
        var escalated = notice.Severity > open.Severity;
        var status = escalated ? AlertStatus.Open : open.Status;
        var now = clock.UtcNow;
        var title = notice.Title;
        var detail = notice.Detail is null ? null : Clip(notice.Detail, Alert.MaxDetail);
        var changed = await db.Alerts.Where(a => a.Id == open.Id && a.OpenKey == key).ExecuteUpdateAsync(s =>
        {
            s.SetProperty(a => a.Count, a => a.Count + 1)
                .SetProperty(a => a.LastSeenUtc, now)
                .SetProperty(a => a.Severity, notice.Severity)
                .SetProperty(a => a.Status, status)
                .SetProperty(a => a.TitleZh, Clip(title.Chinese, Alert.MaxTitle))
                .SetProperty(a => a.TitleEn, Clip(title.English, Alert.MaxTitle));
            if (detail is not null)
            {
                s.SetProperty(a => a.Detail, detail);
            }
        }, cancellationToken);
        // Resolved between the read and the update: the notice opens a new alert instead.
        return changed == 1 ? new RecordedAlert(open.Id, Notify: escalated) : null;
    }

    private Alert NewAlert(string kind, string reference, string key, AlertNotice notice)
    {
        var now = clock.UtcNow;
        return new Alert
        {
            Kind = kind,
            Severity = notice.Severity,
            TitleZh = Clip(notice.Title.Chinese, Alert.MaxTitle),
            TitleEn = Clip(notice.Title.English, Alert.MaxTitle),
            Detail = notice.Detail is null ? null : Clip(notice.Detail, Alert.MaxDetail),
            Reference = reference,
            Count = 1,
            FirstSeenUtc = now,
            LastSeenUtc = now,
            Status = AlertStatus.Open,
            OpenKey = key,
        };
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <param name="Notify">A new alert, or a repeat that raised the severity: worth telling the channels.</param>
internal sealed record RecordedAlert(long AlertId, bool Notify);

using HuijinCardHub.Admin.Data;
using HuijinCardHub.Admin.Domain;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Admin.Services.Audit;

internal sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Reads the audit log newest first, optionally for one user or one action.</summary>
internal sealed class AuditLogQuery(AdminDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditPage> ListAsync(string? user, string? action, int page, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(user))
        {
            var name = user.Trim();
            query = query.Where(e => e.UserName == name);
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            var verb = action.Trim();
            query = query.Where(e => e.Action == verb);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        // Ids grow with time, and ordering by them stays index-only on both providers.
        var entries = await query.OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return new AuditPage(entries, page, PageSize, total);
    }

    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
}

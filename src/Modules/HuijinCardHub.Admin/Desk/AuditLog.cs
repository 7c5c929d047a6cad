using HuijinCardHub.Admin.Data;
using HuijinCardHub.Admin.Domain;
using HuijinCardHub.Time;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Admin.Desk;

/// <summary>
/// Appends to Admin_AuditLog. There is deliberately no way to change or remove an entry. It reads who acts and from
/// where off the request, so it lives at the web edge beside the desk, not among the services.
/// </summary>
internal sealed class AuditLog(AdminDbContext db, IHttpContextAccessor http, IClock clock) : IAuditLog
{
    /// <summary>Who acts when no one is signed in: recipes at setup, background work.</summary>
    public const string SystemUser = "system";

    public async Task WriteAsync(string action, string target, string? detail = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        var context = http.HttpContext;
        var user = context?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : SystemUser;
        db.AuditEntries.Add(new AuditEntry
        {
            CreatedUtc = clock.UtcNow,
            UserName = Clip(user, 256)!,
            Action = Clip(action, 128)!,
            Target = Clip(target ?? "", 512)!,
            Detail = Clip(detail, 8000),
            RemoteIp = context?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Clip(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..max];
}

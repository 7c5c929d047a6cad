using HuijinCardHub.Admin;

namespace HuijinCardHub.Orders.Services;

/// <summary>Writes a staff action to every audit log of the shell (none when the admin feature is off).</summary>
internal sealed class StaffAudit(IEnumerable<IAuditLog> logs)
{
    public async Task WriteAsync(string action, string target, string? detail, CancellationToken cancellationToken)
    {
        foreach (var log in logs)
        {
            await log.WriteAsync(action, target, detail, cancellationToken);
        }
    }
}

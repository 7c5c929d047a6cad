namespace HuijinCardHub.Admin;
/// <summary>Who did what in the admin, when. Append-only.</summary>
public interface IAuditLog
{
    Task WriteAsync(string action, string target, string? detail = null, CancellationToken cancellationToken = default);
}

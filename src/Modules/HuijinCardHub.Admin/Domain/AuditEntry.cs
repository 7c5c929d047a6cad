namespace HuijinCardHub.Admin.Domain;

/// <summary>One line of the audit log. Written once, never changed.</summary>
internal sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTime CreatedUtc { get; init; }

    public string UserName { get; init; } = "";

    /// <summary>Dotted verb such as "feature.enable".</summary>
    public string Action { get; init; } = "";

    public string Target { get; init; } = "";

    public string? Detail { get; init; }

    public string? RemoteIp { get; init; }
}

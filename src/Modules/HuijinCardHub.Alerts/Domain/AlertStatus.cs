namespace HuijinCardHub.Alerts.Domain;

/// <summary>Stored as a number; the order is the list's order (open first).</summary>
internal enum AlertStatus
{
    Open = 0,
    Acknowledged = 1,
    Resolved = 2,
}

namespace HuijinCardHub.Time;

/// <summary>The shop's clock. Always UTC: SQLite cannot compare DateTimeOffset.</summary>
public interface IClock
{
    DateTime UtcNow { get; }
}

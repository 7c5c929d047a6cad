namespace HuijinCardHub.Alerts.Domain;

/// <summary>One thing that needs the merchant's attention; repeats while unresolved add to <see cref="Count"/>.</summary>
internal sealed class Alert
{
    public const int MaxKind = 64;
    public const int MaxReference = 200;
    public const int MaxTitle = 300;
    public const int MaxDetail = 4000;

    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public AlertSeverity Severity { get; set; }
    public string TitleZh { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string? Detail { get; set; }

    /// <summary>Empty when the notice named nothing.</summary>
    public string Reference { get; set; } = "";

    public int Count { get; set; }
    public DateTime FirstSeenUtc { get; set; }
    public DateTime LastSeenUtc { get; set; }
    public AlertStatus Status { get; set; }
    public string? AcknowledgedBy { get; set; }
    public DateTime? AcknowledgedUtc { get; set; }
    public string? ResolvedBy { get; set; }
    public DateTime? ResolvedUtc { get; set; }

    /// <summary>
    /// Kind and reference while unresolved, null once resolved. Unique, so two notices raised at the same moment
    /// cannot open two alerts for one thing (NULLs never collide, on SQLite and PostgreSQL alike).
    /// </summary>
    public string? OpenKey { get; set; }

    public Text.Bilingual Title => new(TitleZh, TitleEn);

    public static string KeyOf(string kind, string reference) => kind + "|" + reference;
}

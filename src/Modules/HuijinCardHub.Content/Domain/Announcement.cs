namespace HuijinCardHub.Content.Domain;

/// <summary>
/// A shop announcement (公告), shown on the home page and at /announcements/{id}; the newest pinned one
/// also runs as the bar above every storefront page. Visible while published and inside its time window.
/// </summary>
internal sealed class Announcement
{
    public long Id { get; set; }

    public required string Title { get; set; }

    /// <summary>Sanitized when saved, so the storefront may print it as is.</summary>
    public string BodyHtml { get; set; } = "";

    public bool Published { get; set; } = true;

    public bool Pinned { get; set; }

    /// <summary>Null: visible as soon as it is published.</summary>
    public DateTime? PublishedFromUtc { get; set; }

    /// <summary>Null: never expires. Exclusive: at this moment it is gone.</summary>
    public DateTime? PublishedUntilUtc { get; set; }

    public int SortOrder { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public bool IsVisibleAt(DateTime utcNow) =>
        Published && (PublishedFromUtc is null || PublishedFromUtc <= utcNow) && (PublishedUntilUtc is null || PublishedUntilUtc > utcNow);

    /// <summary>The date buyers read as the announcement's date.</summary>
    public DateTime ShownDateUtc => PublishedFromUtc ?? CreatedUtc;
}

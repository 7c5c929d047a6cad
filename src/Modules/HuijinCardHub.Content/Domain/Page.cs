namespace HuijinCardHub.Content.Domain;

/// <summary>A storefront content page (关于我们, 购买须知...), reached at /pages/{slug}.</summary>
internal sealed class Page
{
    public long Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>Sanitized when saved, so the storefront may print it as is.</summary>
    public string BodyHtml { get; set; } = "";

    public bool Published { get; set; } = true;

    public bool ShowInNavigation { get; set; }

    public int SortOrder { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

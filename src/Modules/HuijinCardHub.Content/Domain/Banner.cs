namespace HuijinCardHub.Content.Domain;

/// <summary>A picture in the home page's banner strip, optionally linking somewhere (a goods, a category, a page).</summary>
internal sealed class Banner
{
    public long Id { get; set; }

    /// <summary>Also the picture's alt text, so it is required.</summary>
    public required string Title { get; set; }

    public required string ImageUrl { get; set; }

    public string? LinkUrl { get; set; }

    public bool Enabled { get; set; } = true;

    public int SortOrder { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

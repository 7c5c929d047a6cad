namespace HuijinCardHub.Content.Domain;

/// <summary>A link the merchant adds to the storefront's top menu, next to the pages marked for the menu.</summary>
internal sealed class NavigationLink
{
    public long Id { get; set; }

    public required string Text { get; set; }

    public required string Url { get; set; }

    public bool OpenInNewTab { get; set; }

    public int SortOrder { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

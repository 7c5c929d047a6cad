namespace HuijinCardHub.Catalog.Domain;

/// <summary>A shelf of the storefront (热门网游, 手游充值...); categories nest through <see cref="ParentId"/>.</summary>
internal sealed class Category
{
    public long Id { get; set; }

    public long? ParentId { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public string? Icon { get; set; }

    public int SortOrder { get; set; }

    public bool Visible { get; set; } = true;
}

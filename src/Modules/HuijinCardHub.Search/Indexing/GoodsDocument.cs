namespace HuijinCardHub.Search.Indexing;

/// <summary>What the index knows of a visible goods. Hidden goods are never written.</summary>
internal sealed record GoodsDocument(long Id, string Name, string Slug, string? Summary, string DescriptionText);

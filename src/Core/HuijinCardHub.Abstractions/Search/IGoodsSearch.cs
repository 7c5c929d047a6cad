namespace HuijinCardHub.Search;
/// <summary>
/// Full-text search over goods (the search module, Lucene with Chinese analysis). Optional: without a provider
/// the storefront falls back to a plain substring match.
/// </summary>
public interface IGoodsSearch
{
    /// <summary>Goods ids, best match first. Hidden goods are not returned.</summary>
    Task<IReadOnlyList<long>> SearchAsync(string query, int take, CancellationToken cancellationToken = default);
}

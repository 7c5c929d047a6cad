using HuijinCardHub.Catalog;

namespace HuijinCardHub.Search.Services;

/// <summary>The storefront's search: the index, built first if it never was.</summary>
internal sealed class LuceneGoodsSearch(ShellGoodsIndex index, GoodsIndexer indexer) : IGoodsSearch
{
    /// <summary>More than any results page shows; bounds the work of one search.</summary>
    public const int MaxTake = 1000;

    public async Task<IReadOnlyList<long>> SearchAsync(string query, int take, CancellationToken cancellationToken = default)
    {
        if (take <= 0 || string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        await indexer.EnsureBuiltAsync(cancellationToken);
        return index.Index.Search(query, Math.Min(take, MaxTake));
    }
}

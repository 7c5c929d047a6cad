using HuijinCardHub.Catalog;
using HuijinCardHub.Search.Indexing;
using HuijinCardHub.Time;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Search.Services;

/// <summary>
/// Copies goods from the catalogue into the index: all of them (rebuild) or the ones that changed.
/// Reads and writes happen under the index's write lock, so a rebuild that read a goods before it was
/// saved cannot write the old version over the new one.
/// </summary>
internal sealed class GoodsIndexer(ShellGoodsIndex index, ICatalogQueries catalog, IClock clock, ILogger<GoodsIndexer> logger)
{
    /// <summary>Rebuilds the whole index; returns how many goods it holds.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        await index.Writes.WaitAsync(cancellationToken);
        try
        {
            return await RebuildLockedAsync(cancellationToken);
        }
        finally
        {
            index.Writes.Release();
        }
    }

    /// <summary>Builds the index once when it was never built (new shop, new folder, in-memory index).</summary>
    public async Task EnsureBuiltAsync(CancellationToken cancellationToken)
    {
        if (index.Index.BuiltUtc is not null)
        {
            return;
        }

        await index.Writes.WaitAsync(cancellationToken);
        try
        {
            if (index.Index.BuiltUtc is null)
            {
                await RebuildLockedAsync(cancellationToken);
            }
        }
        finally
        {
            index.Writes.Release();
        }
    }

    /// <summary>Re-reads the goods: visible ones are written again, hidden or deleted ones removed.</summary>
    public async Task ReindexAsync(IReadOnlyCollection<long> goodsIds, CancellationToken cancellationToken)
    {
        await index.Writes.WaitAsync(cancellationToken);
        try
        {
            var upserts = new List<GoodsDocument>();
            var removals = new List<long>();
            foreach (var id in goodsIds.Distinct())
            {
                var goods = await catalog.GetGoodsAsync(id, cancellationToken);
                if (goods is { Summary.Visible: true })
                {
                    upserts.Add(ToDocument(goods));
                }
                else
                {
                    removals.Add(id);
                }
            }

            index.Index.Apply(upserts, removals);
        }
        finally
        {
            index.Writes.Release();
        }
    }

    internal static GoodsDocument ToDocument(GoodsDetail goods) => new(
        goods.Summary.Id,
        goods.Summary.Name,
        goods.Summary.Slug,
        goods.ShortDescription,
        DescriptionText.FromHtml(goods.DescriptionHtml));

    private async Task<int> RebuildLockedAsync(CancellationToken cancellationToken)
    {
        var documents = new List<GoodsDocument>();
        foreach (var summary in await catalog.ListGoodsAsync(cancellationToken))
        {
            if (summary.Visible && await catalog.GetGoodsAsync(summary.Id, cancellationToken) is { Summary.Visible: true } goods)
            {
                documents.Add(ToDocument(goods));
            }
        }

        index.Index.ReplaceAll(documents, clock.UtcNow);
        logger.LogInformation("Search index rebuilt with {Count} goods", documents.Count);
        return documents.Count;
    }
}

using HuijinCardHub.Catalog;
using HuijinCardHub.Events;

namespace HuijinCardHub.Search.Services;

/// <summary>Keeps the index current: the catalogue raises GoodsChanged after each committed change.</summary>
internal sealed class GoodsChangedHandler(GoodsIndexer indexer) : IEventHandler<GoodsChanged>
{
    public Task HandleAsync(GoodsChanged shopEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shopEvent);
        return shopEvent.GoodsIds.Count == 0 ? Task.CompletedTask : indexer.ReindexAsync(shopEvent.GoodsIds, cancellationToken);
    }
}

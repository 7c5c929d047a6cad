using HuijinCardHub.Catalog.Data;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Catalog.Services.Images;

/// <summary>Checks, stores and sets a goods' picture; a refused picture leaves the goods as it was.</summary>
internal sealed class GoodsImageAssignment(CatalogDbContext db, IUnitOfWork unitOfWork, GoodsImageStore store, CatalogCacheVersion cache, IEventPublisher events)
{
    /// <returns>Null when the picture was stored and set, else what was wrong.</returns>
    public async Task<Bilingual?> UploadAsync(long goodsId, ReadOnlyMemory<byte> upload, CancellationToken cancellationToken)
    {
        var encoded = GoodsImageEncoder.Encode(upload);
        if (encoded.Webp is null)
        {
            return encoded.Problem;
        }

        var url = await store.SaveAsync(encoded.Webp, cancellationToken);
        return await SetAsync(goodsId, url, cancellationToken) ? null : new Bilingual("商品不存在", "The goods does not exist");
    }

    /// <summary>Sets (or with null, removes) the goods' picture URL.</summary>
    public async Task<bool> SetAsync(long goodsId, string? url, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var goods = await db.Goods.FirstOrDefaultAsync(g => g.Id == goodsId, cancellationToken);
        if (goods is null)
        {
            return false;
        }

        goods.ImageUrl = url;
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new GoodsChanged([goods.Id]), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Changed();
        return true;
    }
}

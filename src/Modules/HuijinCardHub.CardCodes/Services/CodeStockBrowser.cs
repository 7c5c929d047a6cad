using HuijinCardHub.CardCodes.Data;
using HuijinCardHub.CardCodes.Domain;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>What the admin lists: stock per goods, masked codes page by page, import batches. Never a code in clear.</summary>
internal sealed class CodeStockBrowser(CardCodesDbContext db)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<StockLine>> SummaryAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Codes.AsNoTracking()
            .GroupBy(c => new { c.GoodsId, c.VariantId, c.Status })
            .Select(g => new { g.Key.GoodsId, g.Key.VariantId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => (c.GoodsId, c.VariantId))
            .Select(g => new StockLine(g.Key.GoodsId, g.Key.VariantId, g.ToDictionary(c => c.Status, c => c.Count)))
            .OrderBy(l => l.GoodsId).ThenBy(l => l.VariantId)
            .ToList();
    }

    public async Task<CodePage> PageAsync(long goodsId, long? variantId, CodeStatus? status, int page, CancellationToken cancellationToken)
    {
        var query = db.Codes.AsNoTracking().Where(c => c.GoodsId == goodsId);
        if (variantId is not null)
        {
            query = query.OfGoods(goodsId, variantId);
        }

        if (status is { } wanted)
        {
            query = query.Where(c => c.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query.OrderByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new CodeRow(c.Id, c.VariantId, c.BatchId, c.Status, c.MaskedPreview, c.OrderId, c.CreatedUtc, c.SoldUtc))
            .ToListAsync(cancellationToken);
        return new CodePage(rows, total, page);
    }

    public async Task<IReadOnlyList<CodeBatch>> BatchesAsync(long goodsId, CancellationToken cancellationToken) =>
        await db.Batches.AsNoTracking().Where(b => b.GoodsId == goodsId).OrderByDescending(b => b.Id).Take(20).ToListAsync(cancellationToken);
}

internal sealed record StockLine(long GoodsId, long? VariantId, IReadOnlyDictionary<CodeStatus, int> Counts)
{
    public int this[CodeStatus status] => Counts.TryGetValue(status, out var count) ? count : 0;
}

internal sealed record CodeRow(long Id, long? VariantId, long BatchId, CodeStatus Status, string MaskedPreview, string? OrderId, DateTime CreatedUtc, DateTime? SoldUtc);

internal sealed record CodePage(IReadOnlyList<CodeRow> Rows, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + CodeStockBrowser.PageSize - 1) / CodeStockBrowser.PageSize);
}

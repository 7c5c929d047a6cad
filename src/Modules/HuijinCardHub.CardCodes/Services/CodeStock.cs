using HuijinCardHub.CardCodes.Data;
using HuijinCardHub.CardCodes.Domain;
using HuijinCardHub.Catalog;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>The contract other modules (orders) use; the work is done by the importer, reservations and vault.</summary>
internal sealed class CodeStock(CardCodesDbContext db, CodeImporter importer, CodeReservations reservations, CodeVault vault, StockCountVersion counts) : ICodeStock
{
    public async Task<CodeImportReport> ImportAsync(long goodsId, long? variantId, TextReader lines, CodeBatchInfo batch, CancellationToken cancellationToken = default)
    {
        try
        {
            return await importer.ImportAsync(goodsId, variantId, lines, batch, cancellationToken);
        }
        finally
        {
            counts.Changed();
        }
    }

    public async Task<CodeImportReport> ImportAsync(long goodsId, long? variantId, Stream file, CodeBatchInfo batch, CancellationToken cancellationToken = default)
    {
        using var reader = await ImportDecoder.OpenAsync(file, cancellationToken);
        return await ImportAsync(goodsId, variantId, reader, batch, cancellationToken);
    }

    public Task<int> CountAvailableAsync(long goodsId, long? variantId, CancellationToken cancellationToken = default) =>
        db.Codes.OfGoods(goodsId, variantId).CountAsync(c => c.Status == CodeStatus.Available, cancellationToken);

    public async Task<IReadOnlyList<ReservedCode>> ReserveAsync(long goodsId, long? variantId, int quantity, string orderId, CancellationToken cancellationToken = default)
    {
        var reserved = await reservations.ReserveAsync(goodsId, variantId, quantity, orderId, cancellationToken);
        counts.Changed();
        return reserved;
    }

    public async Task<int> ReleaseAsync(string orderId, CancellationToken cancellationToken = default)
    {
        var released = await reservations.ReleaseAsync(orderId, cancellationToken);
        if (released > 0)
        {
            counts.Changed();
        }

        return released;
    }

    public async Task<IReadOnlyList<DeliveredCode>> MarkSoldAsync(string orderId, CancellationToken cancellationToken = default)
    {
        await reservations.MarkSoldAsync(orderId, cancellationToken);
        return await vault.SoldToOrderAsync(orderId, cancellationToken);
    }

    public Task<int> SellReservedAsync(string orderId, CancellationToken cancellationToken = default) =>
        reservations.MarkSoldAsync(orderId, cancellationToken);

    public Task<IReadOnlyList<DeliveredCode>> RevealForOrderAsync(string orderId, CancellationToken cancellationToken = default) =>
        vault.SoldToOrderAsync(CodeStockRules.CheckOrder(orderId), cancellationToken);

    public async Task<int> VoidAsync(IEnumerable<long> codeIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codeIds);
        var ids = codeIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return 0;
        }

        var voided = await db.Codes.Where(c => ids.Contains(c.Id) && c.Status == CodeStatus.Available)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CodeStatus.Void), cancellationToken);
        counts.Changed();
        return voided;
    }
}

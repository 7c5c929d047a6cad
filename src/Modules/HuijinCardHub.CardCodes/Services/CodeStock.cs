using HuijinCardHub.CardCodes.Data;
using HuijinCardHub.CardCodes.Domain;
using HuijinCardHub.Catalog;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>The contract other modules (orders) use; the work is done by the importer, reservations and vault.</summary>
internal sealed class CodeStock(CardCodesDbContext db, CodeImporter importer, CodeReservations reservations, CodeVault vault, StockCountVersion counts, SampleSales samples) : ICodeStock
{
    public Task<CodeImportReport> ImportAsync(long goodsId, long? variantId, TextReader lines, CodeBatchInfo batch, CancellationToken cancellationToken = default) =>
        ImportAsync(goodsId, variantId, lines, batch, false, cancellationToken);

    /// <param name="asSamples">A shop template's codes: sold only while the shop is not live.</param>
    public async Task<CodeImportReport> ImportAsync(long goodsId, long? variantId, TextReader lines, CodeBatchInfo batch, bool asSamples, CancellationToken cancellationToken)
    {
        try
        {
            return await importer.ImportAsync(goodsId, variantId, lines, batch, asSamples, cancellationToken);
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

    /// <summary>In a live shop, samples are not stock: they are never sold.</summary>
    public async Task<int> CountAvailableAsync(long goodsId, long? variantId, CancellationToken cancellationToken = default)
    {
        var withSamples = await samples.AllowedAsync(cancellationToken);
        return await db.Codes.OfGoods(goodsId, variantId).CountAsync(c => c.Status == CodeStatus.Available && (withSamples || !c.IsSample), cancellationToken);
    }

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

    /// <summary>Sample codes still on sale, across all goods: what the admin offers to void.</summary>
    public Task<int> CountSamplesAsync(CancellationToken cancellationToken) =>
        db.Codes.CountAsync(c => c.IsSample && c.Status == CodeStatus.Available, cancellationToken);

    /// <summary>Voids every sample code still on sale; samples in an order are left alone. Returns how many.</summary>
    public async Task<int> VoidSamplesAsync(CancellationToken cancellationToken)
    {
        var voided = await db.Codes.Where(c => c.IsSample && c.Status == CodeStatus.Available)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CodeStatus.Void), cancellationToken);
        counts.Changed();
        return voided;
    }
}

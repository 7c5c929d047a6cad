using HuijinCardHub.Catalog.Data;
using HuijinCardHub.Catalog.Domain;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Catalog.Services;

/// <summary>Writes and reads the price change log. Rows are added to the caller's unsaved changes, so they commit together.</summary>
internal sealed class PriceLog(CatalogDbContext db, IClock clock)
{
    public void Record(Variant variant, Money oldPrice, string reason, string changedBy)
    {
        if (oldPrice == variant.Price && variant.Id != 0)
        {
            return;
        }

        var change = new PriceChange
        {
            OldFen = oldPrice.Fen,
            NewFen = variant.Price.Fen,
            Reason = reason,
            ChangedBy = changedBy,
            ChangedUtc = clock.UtcNow,
        };
        db.PriceChanges.Add(change);
        // A new variant has no id until saved: fill it in as EF assigns it.
        if (variant.Id == 0)
        {
            _pending.Add((change, variant));
        }
        else
        {
            change.VariantId = variant.Id;
        }
    }

    private readonly List<(PriceChange Change, Variant Variant)> _pending = [];

    /// <summary>Saves once to get new variants' ids, then links their log rows; call inside a transaction.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        if (_pending.Count > 0)
        {
            foreach (var (change, variant) in _pending)
            {
                change.VariantId = variant.Id;
            }

            _pending.Clear();
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<PriceLogRow>> ListAsync(int take, CancellationToken cancellationToken) =>
        await (from change in db.PriceChanges.AsNoTracking()
               join variant in db.Variants.AsNoTracking() on change.VariantId equals variant.Id into vs
               from variant in vs.DefaultIfEmpty()
               join goods in db.Goods.AsNoTracking() on variant!.GoodsId equals goods.Id into gs
               from goods in gs.DefaultIfEmpty()
               orderby change.Id descending
               select new PriceLogRow(change, goods == null ? null : goods.Name, variant == null ? null : variant.Name))
            .Take(take)
            .ToListAsync(cancellationToken);
}

internal sealed record PriceLogRow(PriceChange Change, string? GoodsName, string? VariantName);

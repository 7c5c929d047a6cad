using HuijinCardHub.CardCodes.Data;
using HuijinCardHub.CardCodes.Domain;
using HuijinCardHub.Catalog;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>The only place codes are decrypted. Callers check who may see them and audit it.</summary>
internal sealed class CodeVault(CardCodesDbContext db, CodeKeyStore keyStore)
{
    public async Task<IReadOnlyList<DeliveredCode>> SoldToOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        var rows = await db.Codes.AsNoTracking()
            .Where(c => c.OrderId == orderId && c.Status == CodeStatus.Sold)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.GoodsId, c.CipherText })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        using var cipher = new CodeCipher(await keyStore.GetAsync(cancellationToken));
        return rows.Select(r => Deliver(r.Id, cipher.Decrypt(r.GoodsId, r.CipherText))).ToList();
    }

    public async Task<DeliveredCode?> RevealAsync(long codeId, CancellationToken cancellationToken)
    {
        var row = await db.Codes.AsNoTracking().Where(c => c.Id == codeId)
            .Select(c => new { c.Id, c.GoodsId, c.CipherText })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        using var cipher = new CodeCipher(await keyStore.GetAsync(cancellationToken));
        return Deliver(row.Id, cipher.Decrypt(row.GoodsId, row.CipherText));
    }

    /// <summary>Writes unsold codes one per line, reading 1000 rows at a time; returns how many were written.</summary>
    public async Task<int> ExportAvailableAsync(long goodsId, long? variantId, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var cipher = new CodeCipher(await keyStore.GetAsync(cancellationToken));
        var written = 0;
        var after = 0L;
        while (true)
        {
            var last = after;
            var rows = await db.Codes.AsNoTracking().OfGoods(goodsId, variantId)
                .Where(c => c.Status == CodeStatus.Available && c.Id > last)
                .OrderBy(c => c.Id)
                .Take(1000)
                .Select(c => new { c.Id, c.CipherText })
                .ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return written;
            }

            foreach (var row in rows)
            {
                await output.WriteLineAsync(Deliver(row.Id, cipher.Decrypt(goodsId, row.CipherText)).Text.AsMemory(), cancellationToken);
                written++;
            }

            after = rows[^1].Id;
        }
    }

    private static DeliveredCode Deliver(long id, CodeText code) => new(id, code.CardNumber, code.Password);
}

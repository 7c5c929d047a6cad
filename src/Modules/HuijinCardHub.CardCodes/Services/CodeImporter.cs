using HuijinCardHub.CardCodes.Data;
using HuijinCardHub.CardCodes.Domain;
using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// Streams an import: lines are parsed, hashed and encrypted ahead (<see cref="PreparedCodeLines"/>) and each code
/// goes to the provider's <see cref="CodeRowWriter"/>, which stores it unless the unique (GoodsId, KeyedHash) index
/// already holds it. Memory stays at a few blocks and one chunk, whatever the file's size.
/// </summary>
internal sealed class CodeImporter(CardCodesDbContext db, ShellSql sql, IUnitOfWork unitOfWork, CodeKeyStore keyStore, IClock clock)
{
    /// <param name="samples">The codes are samples (a shop template's): a live shop never sells them.</param>
    public async Task<CodeImportReport> ImportAsync(long goodsId, long? variantId, TextReader lines, CodeBatchInfo info, bool samples, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(info);
        CodeStockRules.CheckGoods(goodsId, variantId);
        if (info.CostPerCode.IsNegative)
        {
            throw new ShopException(new Bilingual("成本不能为负数", "The cost cannot be negative"));
        }

        var note = info.Note?.Trim();
        if (note is { Length: > 500 })
        {
            throw new ShopException(new Bilingual("备注不能超过 500 个字符", "The note cannot be longer than 500 characters"));
        }

        var keys = await keyStore.GetAsync(cancellationToken);
        var now = clock.UtcNow;
        var batch = new CodeBatch
        {
            GoodsId = goodsId,
            VariantId = variantId,
            CostFen = info.CostPerCode.Fen,
            Note = string.IsNullOrEmpty(note) ? null : note,
            CreatedUtc = now,
            CreatedBy = info.CreatedBy,
        };
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            db.Batches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var report = new ImportReportBuilder();
        using var cipher = new CodeCipher(keys);
        await using (var writer = CodeRowWriter.Create(sql, unitOfWork, new CodeRowTarget(goodsId, variantId, batch.Id, now, samples)))
        await using (var prepared = new PreparedCodeLines(lines, cipher, goodsId, cancellationToken))
        {
            await foreach (var block in prepared.ReadAllAsync(cancellationToken))
            {
                foreach (var line in block)
                {
                    if (line.Problem is { } problem)
                    {
                        report.AddInvalid(line.Line, problem);
                    }
                    else
                    {
                        await writer.AddAsync(line.Line, line.Hash!, line.Cipher!, line.Masked!, report, cancellationToken);
                    }
                }
            }

            await writer.FlushAsync(report, cancellationToken);
            report.Lines = prepared.LineCount;
        }

        batch.LineCount = report.Lines;
        batch.AcceptedCount = report.Accepted;
        batch.DuplicateCount = report.Duplicates;
        batch.InvalidCount = report.Invalid;
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return report.Build(batch.Id);
    }
}

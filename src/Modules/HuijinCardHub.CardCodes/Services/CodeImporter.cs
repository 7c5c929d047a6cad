using System.Data;
using System.Text;
using HuijinCardHub.CardCodes.Data;
using HuijinCardHub.CardCodes.Domain;
using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// Streams an import: parse, hash and encrypt line by line, then insert 1000 rows per statement with
/// ON CONFLICT DO NOTHING. The unique (GoodsId, KeyedHash) index finds duplicates against stored codes and
/// across chunks; a row the database did not return was a duplicate. Memory stays at one chunk.
/// </summary>
internal sealed class CodeImporter(CardCodesDbContext db, CodeSql sql, IUnitOfWork unitOfWork, CodeKeyStore keyStore, IClock clock)
{
    private const int ChunkSize = 1000;

    public async Task<CodeImportReport> ImportAsync(long goodsId, long? variantId, TextReader lines, CodeBatchInfo info, CancellationToken cancellationToken)
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
        var chunk = new Chunk(goodsId, variantId, batch.Id, now);
        using var cipher = new CodeCipher(keys);
        var reader = new CodeLineReader(lines, CodeLineParser.MaxLength);
        while (await reader.ReadAsync(cancellationToken) is { } line)
        {
            var (code, problem) = CodeLineParser.Parse(line.Text, line.TooLong);
            if (problem is not null)
            {
                report.AddInvalid(reader.LineNumber, problem);
                continue;
            }

            var hash = cipher.Hash(code);
            if (!chunk.TryAdd(reader.LineNumber, hash, cipher.Encrypt(goodsId, code), code.Masked()))
            {
                report.AddDuplicate(reader.LineNumber);
            }

            if (chunk.Count == ChunkSize)
            {
                await FlushAsync(chunk, report, cancellationToken);
            }
        }

        await FlushAsync(chunk, report, cancellationToken);
        report.Lines = reader.LineNumber;

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

    private async Task FlushAsync(Chunk chunk, ImportReportBuilder report, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return;
        }

        var inserted = new HashSet<byte[]>(ByteArrayComparer.Instance);
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            await using var command = chunk.ToInsert(sql);
            await using (var rows = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await rows.ReadAsync(cancellationToken))
                {
                    inserted.Add((byte[])rows.GetValue(0));
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        report.AddAccepted(inserted.Count);
        foreach (var (hash, line) in chunk.Lines)
        {
            if (!inserted.Contains(hash))
            {
                report.AddDuplicate(line);
            }
        }

        chunk.Clear();
    }

    /// <summary>The rows waiting for one INSERT; a hash seen twice in the chunk is a duplicate at once.</summary>
    private sealed class Chunk(long goodsId, long? variantId, long batchId, DateTime createdUtc)
    {
        private readonly Dictionary<byte[], long> _lines = new(ByteArrayComparer.Instance);
        private readonly List<(byte[] Hash, byte[] Cipher, string Masked)> _rows = [];

        public int Count => _rows.Count;

        public IEnumerable<(byte[] Hash, long Line)> Lines => _lines.Select(p => (p.Key, p.Value));

        public bool TryAdd(long line, byte[] hash, byte[] cipher, string masked)
        {
            if (!_lines.TryAdd(hash, line))
            {
                return false;
            }

            _rows.Add((hash, cipher, masked));
            return true;
        }

        public void Clear()
        {
            _lines.Clear();
            _rows.Clear();
        }

        /// <summary>The statement text holds only placeholders numbered by position; every value is a parameter.</summary>
        public System.Data.Common.DbCommand ToInsert(CodeSql sql)
        {
            var text = new StringBuilder(64 * _rows.Count + 256);
            text.Append($"INSERT INTO {CodeTable.Quoted} (\"GoodsId\", \"VariantId\", \"BatchId\", \"Status\", \"CipherText\", \"KeyedHash\", \"MaskedPreview\", \"CreatedUtc\") VALUES ");
            for (var i = 0; i < _rows.Count; i++)
            {
                text.Append(i == 0 ? "" : ", ").Append(System.Globalization.CultureInfo.InvariantCulture, $"(@g, @v, @b, {(int)CodeStatus.Available}, @c{i}, @h{i}, @m{i}, @t)");
            }

            text.Append(" ON CONFLICT DO NOTHING RETURNING \"KeyedHash\"");
            var command = sql.Command(text.ToString());
            CodeSql.Add(command, "@g", goodsId);
            CodeSql.Add(command, "@v", variantId, DbType.Int64);
            CodeSql.Add(command, "@b", batchId);
            CodeSql.Add(command, "@t", createdUtc);
            for (var i = 0; i < _rows.Count; i++)
            {
                var (hash, cipher, masked) = _rows[i];
                CodeSql.Add(command, $"@c{i}", cipher);
                CodeSql.Add(command, $"@h{i}", hash);
                CodeSql.Add(command, $"@m{i}", masked);
            }

            return command;
        }
    }
}

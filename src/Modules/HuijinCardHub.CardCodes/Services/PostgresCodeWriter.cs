using System.Data;
using System.Globalization;
using HuijinCardHub.CardCodes.Data;
using HuijinCardHub.CardCodes.Domain;
using HuijinCardHub.Data;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// PostgreSQL: rows wait in a chunk, then go in as three array parameters in one INSERT ... SELECT FROM unnest
/// ... ON CONFLICT DO NOTHING RETURNING "KeyedHash": one round trip and one short statement per chunk, whatever
/// its size. A row the database did not return was a duplicate; a hash seen twice in the chunk is one at once.
/// </summary>
internal sealed class PostgresCodeWriter(ShellSql sql, IUnitOfWork unitOfWork, CodeRowTarget target) : CodeRowWriter(sql, unitOfWork, target)
{
    private const int ChunkSize = 5_000;

    private static readonly string InsertText = string.Create(CultureInfo.InvariantCulture,
        $"INSERT INTO {CodeTable.Quoted} {CodeRowTarget.Columns} SELECT @g, @v, @b, {(int)CodeStatus.Available}, r.c, r.h, r.m, @t, @s FROM unnest(@c, @h, @m) AS r(c, h, m) ON CONFLICT DO NOTHING RETURNING \"KeyedHash\"");

    private readonly Dictionary<byte[], long> _lines = new(ByteArrayComparer.Instance);
    private readonly List<byte[]> _hashes = new(ChunkSize);
    private readonly List<byte[]> _ciphers = new(ChunkSize);
    private readonly List<string> _masked = new(ChunkSize);

    public override async Task AddAsync(long line, byte[] hash, byte[] cipher, string masked, ImportReportBuilder report, CancellationToken cancellationToken)
    {
        if (!_lines.TryAdd(hash, line))
        {
            report.AddDuplicate(line);
            return;
        }

        _hashes.Add(hash);
        _ciphers.Add(cipher);
        _masked.Add(masked);
        if (_hashes.Count == ChunkSize)
        {
            await FlushAsync(report, cancellationToken);
        }
    }

    public override async Task FlushAsync(ImportReportBuilder report, CancellationToken cancellationToken)
    {
        if (_hashes.Count == 0)
        {
            return;
        }

        var inserted = new HashSet<byte[]>(_hashes.Count, ByteArrayComparer.Instance);
        await using (var transaction = await UnitOfWork.BeginAsync(cancellationToken))
        {
            await using var insert = Sql.Command(InsertText);
            ShellSql.Add(insert, "@g", Target.GoodsId);
            ShellSql.Add(insert, "@v", Target.VariantId, DbType.Int64);
            ShellSql.Add(insert, "@b", Target.BatchId);
            ShellSql.Add(insert, "@t", Target.CreatedUtc);
            ShellSql.Add(insert, "@s", Target.Samples);
            ShellSql.Add(insert, "@c", _ciphers.ToArray());
            ShellSql.Add(insert, "@h", _hashes.ToArray());
            ShellSql.Add(insert, "@m", _masked.ToArray());
            await using (var rows = await insert.ExecuteReaderAsync(cancellationToken))
            {
                while (await rows.ReadAsync(cancellationToken))
                {
                    inserted.Add((byte[])rows.GetValue(0));
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        report.AddAccepted(inserted.Count);
        foreach (var (hash, line) in _lines)
        {
            if (!inserted.Contains(hash))
            {
                report.AddDuplicate(line);
            }
        }

        _lines.Clear();
        _hashes.Clear();
        _ciphers.Clear();
        _masked.Clear();
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

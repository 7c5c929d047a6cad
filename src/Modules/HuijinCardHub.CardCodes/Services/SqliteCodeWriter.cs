using System.Data;
using System.Data.Common;
using System.Globalization;
using HuijinCardHub.CardCodes.Data;
using HuijinCardHub.CardCodes.Domain;
using HuijinCardHub.Data;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// SQLite: one prepared single-row INSERT ... ON CONFLICT DO NOTHING executed per code, so the database answers
/// "new" (1 row) or "duplicate" (0 rows) at once, with no statement text to build or parse per chunk. A transaction
/// holds <see cref="RowsPerTransaction"/> rows: few commits (each rewrites the index pages it touched), yet short
/// enough that a checkout waiting for the write lock waits a fraction of a second. For the import the connection's
/// page cache is raised to <see cref="ImportCacheKib"/> (then put back): with SQLite's default 2 MB, the four
/// B-trees a code touches spill dirty pages to the WAL on almost every row.
/// </summary>
internal sealed class SqliteCodeWriter(ShellSql sql, IUnitOfWork unitOfWork, CodeRowTarget target) : CodeRowWriter(sql, unitOfWork, target)
{
    private const int RowsPerTransaction = 25_000;

    private const int ImportCacheKib = 64 * 1024;

    private static readonly string InsertText = string.Create(CultureInfo.InvariantCulture,
        $"INSERT INTO {CodeTable.Quoted} {CodeRowTarget.Columns} VALUES (@g, @v, @b, {(int)CodeStatus.Available}, @c, @h, @m, @t, @s) ON CONFLICT DO NOTHING");

    private IUnitOfWorkTransaction? _transaction;
    private DbCommand? _insert;
    private int _rows;
    private long? _cacheBefore;

    public override async Task AddAsync(long line, byte[] hash, byte[] cipher, string masked, ImportReportBuilder report, CancellationToken cancellationToken)
    {
        var insert = _insert ?? await BeginAsync(cancellationToken);
        insert.Parameters[3].Value = cipher;
        insert.Parameters[4].Value = hash;
        insert.Parameters[5].Value = masked;
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            report.AddAccepted(1);
        }
        else
        {
            report.AddDuplicate(line);
        }

        if (++_rows == RowsPerTransaction)
        {
            await FlushAsync(report, cancellationToken);
        }
    }

    public override async Task FlushAsync(ImportReportBuilder report, CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
        }

        await EndTransactionAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await EndTransactionAsync();
        // The pooled connection outlives the import: it goes back with the cache it came with.
        if (_cacheBefore is { } before && Sql.IsOpen)
        {
            _cacheBefore = null;
            await PragmaAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {before}"), CancellationToken.None);
        }
    }

    private async ValueTask EndTransactionAsync()
    {
        if (_insert is not null)
        {
            await _insert.DisposeAsync();
            _insert = null;
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        _rows = 0;
    }

    private async Task<DbCommand> BeginAsync(CancellationToken cancellationToken)
    {
        _transaction = await UnitOfWork.BeginAsync(cancellationToken);
        if (_cacheBefore is null)
        {
            _cacheBefore = Convert.ToInt64(await PragmaAsync("PRAGMA cache_size", cancellationToken), CultureInfo.InvariantCulture);
            await PragmaAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{ImportCacheKib}"), cancellationToken);
        }

        var insert = Sql.Command(InsertText);
        ShellSql.Add(insert, "@g", Target.GoodsId);
        ShellSql.Add(insert, "@v", Target.VariantId, DbType.Int64);
        ShellSql.Add(insert, "@b", Target.BatchId);
        ShellSql.Add(insert, "@c", Array.Empty<byte>());
        ShellSql.Add(insert, "@h", Array.Empty<byte>());
        ShellSql.Add(insert, "@m", "");
        ShellSql.Add(insert, "@t", Target.CreatedUtc);
        ShellSql.Add(insert, "@s", Target.Samples);
        await insert.PrepareAsync(cancellationToken);
        _insert = insert;
        return insert;
    }

    private async Task<object?> PragmaAsync(string text, CancellationToken cancellationToken)
    {
        await using var pragma = Sql.Command(text);
        return await pragma.ExecuteScalarAsync(cancellationToken);
    }
}

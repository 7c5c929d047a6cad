using HuijinCardHub.Data;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>
/// Stores the rows of one import batch and tells the report which lines were new and which were duplicates.
/// The unique (GoodsId, KeyedHash) index is the judge, against stored codes and within the file alike.
/// One per import; each provider writes the way it is fastest (see <see cref="Create"/>).
/// </summary>
internal abstract class CodeRowWriter(ShellSql sql, IUnitOfWork unitOfWork, CodeRowTarget target) : IAsyncDisposable
{
    protected ShellSql Sql => sql;

    protected IUnitOfWork UnitOfWork => unitOfWork;

    protected CodeRowTarget Target => target;

    public static CodeRowWriter Create(ShellSql sql, IUnitOfWork unitOfWork, CodeRowTarget target) =>
        sql.IsPostgres ? new PostgresCodeWriter(sql, unitOfWork, target) : new SqliteCodeWriter(sql, unitOfWork, target);

    public abstract Task AddAsync(long line, byte[] hash, byte[] cipher, string masked, ImportReportBuilder report, CancellationToken cancellationToken);

    /// <summary>Writes and commits what is still pending.</summary>
    public abstract Task FlushAsync(ImportReportBuilder report, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}

/// <summary>What every row of the batch shares.</summary>
internal sealed record CodeRowTarget(long GoodsId, long? VariantId, long BatchId, DateTime CreatedUtc, bool Samples)
{
    public const string Columns = "(\"GoodsId\", \"VariantId\", \"BatchId\", \"Status\", \"CipherText\", \"KeyedHash\", \"MaskedPreview\", \"CreatedUtc\", \"IsSample\")";
}

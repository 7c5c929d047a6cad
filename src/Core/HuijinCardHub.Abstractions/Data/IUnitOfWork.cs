using System.Data.Common;

namespace HuijinCardHub.Data;

/// <summary>
/// One transaction across every module context of the current scope. Events published meanwhile
/// are dispatched only after <see cref="IUnitOfWorkTransaction.CommitAsync"/>.
/// </summary>
public interface IUnitOfWork
{
    DbTransaction? Current { get; }

    /// <summary>Begins a transaction; nested calls join the outer one.</summary>
    Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken = default);
}

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);
}

using System.Data.Common;

namespace HuijinCardHub.Data;
/// <summary>
/// One transaction across every module context of the current scope. Events published meanwhile
/// are dispatched only after <see cref="IUnitOfWorkTransaction.CommitAsync"/>.
/// </summary>
public interface IUnitOfWork
{
    DbTransaction? Current { get; }

    /// <summary>Begins a transaction; nested calls join the outer one, and an inner failure rolls the whole one back.</summary>
    Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Like <see cref="BeginAsync"/>, but inside an open transaction the work gets a savepoint: disposed without
    /// commit, only its own changes (and the events it published) are undone and the outer transaction carries on.
    /// With no transaction open it is a transaction of its own.
    /// </summary>
    Task<IUnitOfWorkTransaction> BeginSavepointAsync(CancellationToken cancellationToken = default);
}

using HuijinCardHub.Text;

namespace HuijinCardHub.Alerts;
/// <summary>
/// Tells the merchant something needs attention (alert centre in the admin, e-mail, webhook). Provided by the
/// alerts module; callers resolve it as optional (<c>IEnumerable&lt;IAlertCenter&gt;</c>) so that a shop without
/// the feature still works. Raising never throws into the caller's use case.
/// </summary>
/// <remarks>
/// Outside a unit of work the alert commits at once on its own. Inside one (<c>IUnitOfWork.Current</c> is set) it joins
/// the caller's transaction, because on SQLite a second connection would wait for the caller's write lock; it is then
/// rolled back with the caller. So raise an alert about a failure after the failed transaction has ended.
/// </remarks>
public interface IAlertCenter
{
    Task RaiseAsync(AlertNotice notice, CancellationToken cancellationToken = default);
}

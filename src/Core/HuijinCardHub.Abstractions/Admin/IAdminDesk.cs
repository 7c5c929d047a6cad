using HuijinCardHub.Text;

namespace HuijinCardHub.Admin;

/// <summary>
/// What every admin page does the same way, taken by constructor: who is acting, a notice that is shown after the
/// redirect, and the audit trail. One helper instead of a base class per module.
/// </summary>
public interface IAdminDesk
{
    /// <summary>The signed-in member of staff's user name ("admin" when a request has none, which the admin never lets through).</summary>
    string Actor { get; }

    /// <summary>A green notice on the next admin page ("已保存" / "Saved").</summary>
    void Notice(Bilingual message);

    /// <summary>A red notice on the next admin page: why the action was refused.</summary>
    void Error(Bilingual message);

    /// <summary>Writes an entry of the audit log: <paramref name="action"/> as "module.thing.verb", the target's id or name.</summary>
    Task AuditAsync(string action, string target, string? detail = null, CancellationToken cancellationToken = default);
}

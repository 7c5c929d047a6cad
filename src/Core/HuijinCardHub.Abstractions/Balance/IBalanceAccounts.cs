namespace HuijinCardHub.Balance;

/// <summary>
/// Members' balances (余额) and their append-only, hash-chained ledger. Every change joins the caller's
/// unit of work, so an order and its payment commit or roll back together. Accounts exist for any user id:
/// one is opened by its first credit.
/// </summary>
public interface IBalanceAccounts
{
    Task<Money> GetBalanceAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Pays with balance. Throws <see cref="Text.ShopException"/> (余额不足 / Insufficient balance) when the
    /// balance would go negative; the caller's transaction stays usable. The same (user, reference) again
    /// returns the first movement and changes nothing.
    /// </summary>
    Task<BalanceMovement> DebitAsync(string userId, Money amount, string reason, string reference, CancellationToken cancellationToken = default);

    /// <summary>Refunds and top-ups; idempotent per (user, reference) like <see cref="DebitAsync"/>.</summary>
    Task<BalanceMovement> CreditAsync(string userId, Money amount, string reason, string reference, CancellationToken cancellationToken = default);

    /// <summary>
    /// A staff correction, up or down; the reason is required and the balance may not go below zero.
    /// <paramref name="requestId"/> is the adjustment form's one-time id: the same id again (a double submit, two
    /// nodes) returns the first movement and changes nothing.
    /// </summary>
    Task<BalanceMovement> AdjustAsync(string userId, Money delta, string reason, string staffUserName, Guid requestId, CancellationToken cancellationToken = default);

    /// <summary>The member's movements, newest first, <see cref="LedgerPageSize"/> per page (page 1 is the first).</summary>
    Task<IReadOnlyList<BalanceMovement>> LedgerAsync(string userId, int page, CancellationToken cancellationToken = default);

    /// <summary>Walks the whole chain and reports the first movement that does not match its hash or its neighbours.</summary>
    Task<LedgerVerification> VerifyLedgerAsync(CancellationToken cancellationToken = default);

    const int LedgerPageSize = 20;
}

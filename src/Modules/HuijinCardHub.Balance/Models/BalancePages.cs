using HuijinCardHub.Balance.Services;

namespace HuijinCardHub.Balance.Models;

/// <summary>A page of one member's ledger.</summary>
internal sealed record LedgerPage(IReadOnlyList<BalanceMovement> Movements, int Page, bool HasMore);

/// <summary>The member's /account/balance page.</summary>
internal sealed record MemberBalancePage(
    Money Balance,
    LedgerPage Ledger,
    bool ChannelOpen,
    Money MaxTopUp,
    Guid RequestId,
    string? AmountText,
    IReadOnlyList<string> Errors,
    string? Notice);

/// <summary>The admin's /admin/balances page: a search, and the chosen member if any.</summary>
internal sealed record BalanceAdminPage(string? Query, IReadOnlyList<MemberBalance> Results, SelectedMember? Selected);

/// <param name="RequestId">The adjustment form's one-time id.</param>
internal sealed record SelectedMember(string UserId, string? UserName, Money Balance, LedgerPage Ledger, Guid RequestId);

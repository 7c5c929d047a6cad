using HuijinCardHub.Theming;

namespace HuijinCardHub.Balance.Storefront;

/// <summary><c>Model</c> of the storefront theme's "account-balance" template (member centre). Amounts are yuan text.</summary>
[LiquidModel]
internal sealed record AccountBalanceViewModel(
    string Balance,
    bool TopUpOpen,
    string MaxTopUp,
    string RequestId,
    string? Amount,
    IReadOnlyList<string> Errors,
    string? Notice,
    string FormToken,
    IReadOnlyList<LedgerRowModel> Ledger,
    int Page,
    bool HasMore);

/// <param name="Amount">Signed: "+50.00" or "-9.90".</param>
[LiquidModel]
internal sealed record LedgerRowModel(string At, string KindText, string Amount, bool Income, string BalanceAfter, string Reason, string Reference);

using HuijinCardHub.Balance.Models;
using HuijinCardHub.Text;
using HuijinCardHub.Time;

namespace HuijinCardHub.Balance.Storefront;

/// <summary>Turns the member's balance page into what the theme's template reads.</summary>
internal static class AccountBalancePage
{
    public static AccountBalanceViewModel Of(MemberBalancePage page, string formToken) => new(
        page.Balance.ToYuanString(),
        page.ChannelOpen,
        page.MaxTopUp.ToYuanString(),
        page.RequestId.ToString(),
        page.AmountText,
        page.Errors,
        page.Notice,
        formToken,
        page.Ledger.Movements.Select(Row).ToList(),
        page.Ledger.Page,
        page.Ledger.HasMore);

    private static LedgerRowModel Row(BalanceMovement movement) => new(
        ShopTime.Format(movement.CreatedUtc),
        Kind(movement.Kind).ToString(),
        (movement.Amount.IsNegative ? "" : "+") + movement.Amount.ToYuanString(),
        !movement.Amount.IsNegative,
        movement.BalanceAfter.ToYuanString(),
        movement.Reason,
        movement.Reference);

    private static Bilingual Kind(BalanceMovementKind kind) => kind switch
    {
        BalanceMovementKind.Debit => new("支出", "Spent"),
        BalanceMovementKind.Credit => new("收入", "Received"),
        _ => new("人工调整", "Adjustment"),
    };
}

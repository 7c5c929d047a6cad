using System.Globalization;
using HuijinCardHub.Admin;
using HuijinCardHub.Balance.Models;
using HuijinCardHub.Balance.Services;
using HuijinCardHub.Security;
using HuijinCardHub.Text;
using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Balance.Controllers;

/// <summary>Staff: find a member, see the balance and ledger, adjust with a reason; verify the chain.</summary>
[RequirePermission("ManageBalances")]
[Route("admin/balances")]
internal sealed class BalanceAdminController(MemberDirectory directory, BalanceAccounts accounts, IBalanceAccounts balances, IAdminDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? user, int page, CancellationToken cancellationToken)
    {
        var results = await directory.SearchAsync(q, cancellationToken);
        SelectedMember? selected = null;
        if (!string.IsNullOrWhiteSpace(user))
        {
            selected = new SelectedMember(
                user,
                await directory.NameOfAsync(user, cancellationToken),
                await accounts.GetBalanceAsync(user, cancellationToken),
                await LedgerPages.LoadAsync(accounts, user, page, cancellationToken),
                Guid.NewGuid());
        }

        return View(new BalanceAdminPage(q, results, selected));
    }

    [HttpPost("adjust")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Adjust(AdjustForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var userId = (form.UserId ?? "").Trim();
        try
        {
            if (!Money.TryParseYuan(form.Amount, out var delta))
            {
                throw new ShopException(new Bilingual("请输入有效金额（最多两位小数，可为负数）", "Please enter a valid amount (at most two decimals, may be negative)"));
            }

            var movement = await balances
                .AdjustAsync(userId, delta, form.Reason ?? "", desk.Actor, form.RequestId, cancellationToken);
            await AuditAsync("balance.adjust", userId, $"{delta.ToYuanString()} → {movement.BalanceAfter.ToYuanString()}: {movement.Reason}", cancellationToken);
            desk.Notice(new Bilingual(
                $"已调整 {delta}，当前余额 {movement.BalanceAfter}", $"Adjusted by {delta}; the balance is now {movement.BalanceAfter}"));
        }
        catch (ShopException exception)
        {
            desk.Error(exception.Text);
        }

        return Redirect(Url.Content("~/admin/balances?user=" + Uri.EscapeDataString(userId)));
    }

    [HttpGet("verify")]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken)
    {
        var result = await balances.VerifyLedgerAsync(cancellationToken);
        await AuditAsync("balance.verify", "ledger", result.IsIntact
            ? $"intact, {result.Checked.ToString(CultureInfo.InvariantCulture)} movements"
            : $"broken at {result.BrokenSequence?.ToString(CultureInfo.InvariantCulture)}: {result.Problem?.English}", cancellationToken);
        return View(result);
    }

    private Task AuditAsync(string action, string target, string detail, CancellationToken cancellationToken) =>
        desk.AuditAsync(action, target, detail, cancellationToken);
}
